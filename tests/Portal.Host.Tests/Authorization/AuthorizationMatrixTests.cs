using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Host.Tests.Identity.Users;
using Portal.Testing;
using Xunit;

namespace Portal.Host.Tests.Authorization;

/// <summary>
/// Every <c>/api/admin/*</c> route and every back-office page, called by each kind of caller against
/// data of prefecture A and of prefecture B. Read a row left to right: what each caller gets.
/// <list type="bullet">
/// <item><c>ok</c>: let through (a 2xx, or a 400 for the deliberately empty body: authorization passed)</item>
/// <item><c>401</c>/<c>403</c>: refused; <c>404</c>: another prefecture's item, whose existence is never revealed</item>
/// <item><c>login</c>: a page redirects to the sign-in form</item>
/// </list>
/// Host callers (host admin, bureau staff, host client) name the prefecture with <c>X-Tenant</c>;
/// prefecture callers send nothing and act in their own prefecture. Items named by id are created
/// fresh for every cell, so a call that deletes or disables one cannot change another cell's answer.
/// </summary>
public sealed partial class AuthorizationMatrixTests(AuthorizationMatrixFixture fixture) : IClassFixture<AuthorizationMatrixFixture>
{
    //                                                            anonymous host  bureau adminA staffA adminB clientA hostClient
    private static readonly string[] ApiMatrix =
    [
        "GET    /api/admin/tenants                       A        401  ok   403  403  403  403  403  ok",
        "GET    /api/admin/tenants                       B        401  ok   403  403  403  403  403  ok",
        "POST   /api/admin/tenants                       A        401  ok   403  403  403  403  403  ok",
        "GET    /api/admin/tenants/{slug}                A        401  ok   403  403  403  403  403  ok",
        "GET    /api/admin/tenants/{slug}                B        401  ok   403  403  403  403  403  ok",
        "PUT    /api/admin/tenants/{slug}                A        401  ok   403  403  403  403  403  ok",
        "PUT    /api/admin/tenants/{slug}                B        401  ok   403  403  403  403  403  ok",

        "GET    /api/admin/clients                       A        401  ok   403  ok   403  ok   ok   ok",
        "GET    /api/admin/clients                       B        401  ok   403  ok   403  ok   ok   ok",
        "POST   /api/admin/clients                       A        401  ok   403  ok   403  ok   ok   ok",
        "GET    /api/admin/clients/{clientId}            A        401  ok   403  ok   403  404  ok   ok",
        "GET    /api/admin/clients/{clientId}            B        401  ok   403  404  403  ok   404  ok",
        "DELETE /api/admin/clients/{clientId}            A        401  ok   403  ok   403  404  ok   ok",
        "DELETE /api/admin/clients/{clientId}            B        401  ok   403  404  403  ok   404  ok",

        "GET    /api/admin/users                         A        401  ok   403  ok   403  ok   ok   ok",
        "GET    /api/admin/users                         B        401  ok   403  ok   403  ok   ok   ok",
        "POST   /api/admin/users                         A        401  ok   403  ok   403  ok   ok   ok",
        "GET    /api/admin/users/{id}                    A        401  ok   403  ok   403  404  ok   ok",
        "GET    /api/admin/users/{id}                    B        401  ok   403  404  403  ok   404  ok",
        "PUT    /api/admin/users/{id}                    A        401  ok   403  ok   403  404  ok   ok",
        "PUT    /api/admin/users/{id}                    B        401  ok   403  404  403  ok   404  ok",
        "POST   /api/admin/users/{id}/disable            A        401  ok   403  ok   403  404  ok   ok",
        "POST   /api/admin/users/{id}/disable            B        401  ok   403  404  403  ok   404  ok",
        "POST   /api/admin/users/{id}/enable             A        401  ok   403  ok   403  404  ok   ok",
        "POST   /api/admin/users/{id}/enable             B        401  ok   403  404  403  ok   404  ok",
        "POST   /api/admin/users/{id}/reset-password     A        401  ok   403  ok   403  404  ok   ok",
        "POST   /api/admin/users/{id}/reset-password     B        401  ok   403  404  403  ok   404  ok",

        "GET    /api/admin/roles                         A        401  ok   403  ok   403  ok   ok   ok",
        "GET    /api/admin/roles                         B        401  ok   403  ok   403  ok   ok   ok",
        "POST   /api/admin/roles                         A        401  ok   403  ok   403  ok   ok   ok",
        "GET    /api/admin/roles/{id}                    A        401  ok   403  ok   403  404  ok   ok",
        "GET    /api/admin/roles/{id}                    B        401  ok   403  404  403  ok   404  ok",
        "PUT    /api/admin/roles/{id}                    A        401  ok   403  ok   403  404  ok   ok",
        "PUT    /api/admin/roles/{id}                    B        401  ok   403  404  403  ok   404  ok",
        "DELETE /api/admin/roles/{id}                    A        401  ok   403  ok   403  404  ok   ok",
        "DELETE /api/admin/roles/{id}                    B        401  ok   403  404  403  ok   404  ok",

        "GET    /api/admin/audit                         A        401  ok   ok   ok   403  ok   ok   ok",
        "GET    /api/admin/audit                         B        401  ok   ok   ok   403  ok   ok   ok",
        "GET    /api/admin/audit/export                  A        401  ok   ok   ok   403  ok   ok   ok",
        "GET    /api/admin/audit/export                  B        401  ok   ok   ok   403  ok   ok   ok",

        .. CatalogueRows("parks"),
        .. CatalogueRows("policies"),
        .. CatalogueRows("projects"),
        .. MediaRows("parks", "photos"),
        .. MediaRows("projects", "photos"),
        .. MediaRows("policies", "attachments"),
        "GET    /api/admin/media/{id}                    A        401  ok   403  ok   403  404  ok   ok",
        "GET    /api/admin/media/{id}                    B        401  ok   403  404  403  ok   404  ok",
        "GET    /api/admin/media/{id}/thumb              A        401  ok   403  ok   403  404  ok   ok",
        "GET    /api/admin/media/{id}/thumb              B        401  ok   403  404  403  ok   404  ok",
        .. SearchApiRows,
        .. CalendarApiRows,
        .. InquiryApiRows,
    ];

    private static IEnumerable<string> MediaRows(string items, string media) =>
    [
        $"POST   /api/admin/{items}/{{id}}/{media}           A        401  ok   403  ok   403  404  ok   ok",
        $"POST   /api/admin/{items}/{{id}}/{media}           B        401  ok   403  404  403  ok   404  ok",
        $"DELETE /api/admin/{items}/{{id}}/{media}/{{mediaId}} A    401  ok   403  ok   403  404  ok   ok",
        $"DELETE /api/admin/{items}/{{id}}/{media}/{{mediaId}} B    401  ok   403  404  403  ok   404  ok",
    ];

    private static IEnumerable<string> CatalogueRows(string items) =>
    [
        $"GET    /api/admin/{items}/export              A        401  ok   403  ok   403  ok   ok   ok",
        $"GET    /api/admin/{items}/export              B        401  ok   403  ok   403  ok   ok   ok",
        $"POST   /api/admin/{items}/import              A        401  ok   403  ok   403  ok   ok   ok",
        $"GET    /api/admin/{items}                     A        401  ok   403  ok   403  ok   ok   ok",
        $"GET    /api/admin/{items}                     B        401  ok   403  ok   403  ok   ok   ok",
        $"POST   /api/admin/{items}                     A        401  ok   403  ok   403  ok   ok   ok",
        $"GET    /api/admin/{items}/{{id}}              A        401  ok   403  ok   403  404  ok   ok",
        $"GET    /api/admin/{items}/{{id}}              B        401  ok   403  404  403  ok   404  ok",
        $"PUT    /api/admin/{items}/{{id}}              A        401  ok   403  ok   403  404  ok   ok",
        $"PUT    /api/admin/{items}/{{id}}              B        401  ok   403  404  403  ok   404  ok",
        $"DELETE /api/admin/{items}/{{id}}              A        401  ok   403  ok   403  404  ok   ok",
        $"DELETE /api/admin/{items}/{{id}}              B        401  ok   403  404  403  ok   404  ok",
        $"POST   /api/admin/{items}/{{id}}/publish      A        401  ok   403  ok   403  404  ok   ok",
        $"POST   /api/admin/{items}/{{id}}/publish      B        401  ok   403  404  403  ok   404  ok",
        $"POST   /api/admin/{items}/{{id}}/unpublish    A        401  ok   403  ok   403  404  ok   ok",
        $"POST   /api/admin/{items}/{{id}}/unpublish    B        401  ok   403  404  403  ok   404  ok",
        $"POST   /api/admin/{items}/{{id}}/archive      A        401  ok   403  ok   403  404  ok   ok",
        $"POST   /api/admin/{items}/{{id}}/archive      B        401  ok   403  404  403  ok   404  ok",
    ];

    //                                                            anonymous host  bureau adminA staffA adminB clientA hostClient
    private static readonly string[] PageMatrix =
    [
        "GET    /admin                                   A        login ok  ok   ok   ok   ok   login login",
        "GET    /admin/users                             A        login ok  403  ok   403  ok   login login",
        "GET    /admin/users/new                         A        login ok  403  ok   403  ok   login login",
        "GET    /admin/users/{id}                        A        login ok  403  ok   403  404  login login",
        "GET    /admin/users/{id}                        B        login ok  403  404  403  ok   login login",
        "GET    /admin/roles                             A        login ok  403  ok   403  ok   login login",
        "GET    /admin/roles/new                         A        login ok  403  ok   403  ok   login login",
        "GET    /admin/roles/{id}                        A        login ok  403  ok   403  404  login login",
        "GET    /admin/roles/{id}                        B        login ok  403  404  403  ok   login login",
        "GET    /admin/clients                           A        login ok  403  ok   403  ok   login login",
        "GET    /admin/clients/new                       A        login ok  403  ok   403  ok   login login",
        "GET    /admin/clients/{clientId}                A        login ok  403  ok   403  404  login login",
        "GET    /admin/clients/{clientId}                B        login ok  403  404  403  ok   login login",
        "GET    /admin/audit                             A        login ok  ok   ok   403  ok   login login",
        "GET    /admin/parks                             A        login ok  403  ok   403  ok   login login",
        "GET    /admin/parks/edit/{id}                   A        login ok  403  ok   403  404  login login",
        "GET    /admin/parks/edit/{id}                   B        login ok  403  404  403  ok   login login",
        "GET    /admin/parks/{id}/preview                A        login ok  403  ok   403  404  login login",
        "GET    /admin/parks/{id}/preview                B        login ok  403  404  403  ok   login login",
        .. CataloguePageRows,
        .. SearchPageRows,
        .. CalendarPageRows,
        .. InquiryPageRows,
        .. InquiryBackOfficePageRows,
    ];

    public static TheoryData<string> ApiRows() => [.. ApiMatrix];

    public static TheoryData<string> PageRows() => [.. PageMatrix];

    [ServiceTheory(Service.Postgres)]
    [MemberData(nameof(ApiRows))]
    public Task Admin_api_route(string row) => CheckRowAsync(row);

    [ServiceTheory(Service.Postgres)]
    [MemberData(nameof(PageRows))]
    public Task Back_office_page(string row) => CheckRowAsync(row);

    [ServiceFact(Service.Postgres)]
    public void Every_admin_route_and_back_office_page_is_in_the_matrix()
    {
        var mapped = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            // A Razor page's endpoint lists no methods at all (it answers any): it counts as its GET.
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods : ["GET"])
                .Select(method => $"{method} {Normalize(endpoint.RoutePattern.RawText ?? "")}"))
            .Where(route => route.Contains(" /api/admin", StringComparison.Ordinal) || route.Contains(" /admin", StringComparison.Ordinal))
            .Where(route => !route.StartsWith("POST /admin", StringComparison.Ordinal) && !route.StartsWith("HEAD", StringComparison.Ordinal))
            .ToHashSet();
        var covered = ApiMatrix.Concat(PageMatrix).Select(Row.Parse).Select(row => $"{row.Method} {Normalize(row.Route)}").ToHashSet();

        var missing = mapped.Except(covered).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"Routes without a matrix row:\n{string.Join("\n", missing)}");
    }

    private async Task CheckRowAsync(string line)
    {
        var row = Row.Parse(line);
        var failures = new StringBuilder();
        foreach (var caller in Enum.GetValues<Caller>())
        {
            var expected = row.Expected[(int)caller];
            var actual = await CallAsync(row, caller);
            if (actual != expected)
            {
                failures.AppendLine($"{caller}: expected {expected}, got {actual}");
            }
        }

        Assert.True(failures.Length == 0, $"{row.Method} {row.Route} on {row.Data}:\n{failures}");
    }

    private async Task<string> CallAsync(Row row, Caller caller)
    {
        var slug = row.Data == "A" ? fixture.SlugA : fixture.SlugB;
        var path = await ResolveAsync(row.Route, slug);
        using var request = new HttpRequestMessage(new HttpMethod(row.Method), path);
        if (row.Method is "POST" or "PUT")
        {
            request.Content = BodyFor(path);
        }

        if (caller is Caller.HostAdmin or Caller.BureauStaff or Caller.HostClient)
        {
            request.Headers.Add("X-Tenant", slug);
        }

        using var response = await fixture.Callers[caller].SendAsync(request);
        Assert.True((int)response.StatusCode < 500, $"{caller} {row.Method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => "401",
            HttpStatusCode.Forbidden => "403",
            HttpStatusCode.NotFound => "404",
            HttpStatusCode.Redirect or HttpStatusCode.Found when response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.OrdinalIgnoreCase) == true => "login",
            HttpStatusCode.Redirect or HttpStatusCode.Found when response.Headers.Location?.OriginalString.Contains("denied", StringComparison.OrdinalIgnoreCase) == true => "403",
            _ => "ok",
        };
    }

    // Uploads get a real file, so that "ok" means the file was taken; everything else an empty JSON object.
    private static HttpContent BodyFor(string path) =>
        path.EndsWith("/photos", StringComparison.Ordinal) ? CatalogueBodies.Upload(CatalogueBodies.TinyPng, "photo.png", "image/png")
        : path.EndsWith("/attachments", StringComparison.Ordinal) ? CatalogueBodies.Upload(CatalogueBodies.TinyPdf, "政策.pdf", "application/pdf")
        : path.EndsWith("/import", StringComparison.Ordinal) ? CatalogueBodies.Upload("name\n"u8.ToArray(), "import.csv", "text/csv")
        : JsonContent.Create(new { });

    /// <summary>Fills the route's placeholders with a fresh item of the row's prefecture.</summary>
    private async Task<string> ResolveAsync(string route, string slug)
    {
        if (route.Contains("{slug}", StringComparison.Ordinal))
        {
            return route.Replace("{slug}", slug, StringComparison.Ordinal);
        }

        if (ResolveCalendarRoute(route) is { } calendarRoute)
        {
            return calendarRoute;
        }

        if (!route.Contains('{', StringComparison.Ordinal))
        {
            return route;
        }

        var host = fixture.HostClient;
        if (route.Contains("{mediaId}", StringComparison.Ordinal) || route.StartsWith("/api/admin/media/", StringComparison.Ordinal))
        {
            // A fresh item with one file of its own: /api/admin/{items}/{id}/{media}/{mediaId} or /api/admin/media/{mediaId}.
            var (items, media) = route.StartsWith("/api/admin/media", StringComparison.Ordinal) ? ("parks", "photos") : (route.Split('/')[3], route.Split('/')[5]);
            var owner = await ResolveAsync($"/api/admin/{items}/{{id}}", slug);
            using var upload = new HttpRequestMessage(HttpMethod.Post, $"{owner}/{media}") { Content = BodyFor($"/{media}") };
            upload.Headers.Add("X-Tenant", slug);
            using var uploaded = await host.SendAsync(upload);
            var text = await uploaded.Content.ReadAsStringAsync();
            Assert.True(uploaded.StatusCode == HttpStatusCode.Created, $"uploading to {owner}/{media}: {(int)uploaded.StatusCode} {text}");
            var mediaId = System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
            return route.StartsWith("/api/admin/media", StringComparison.Ordinal)
                ? route.Replace("{id}", mediaId, StringComparison.Ordinal)
                : $"{owner}/{media}/{mediaId}";
        }

        var id = route.Split('/')[route.StartsWith("/admin", StringComparison.Ordinal) ? 2 : 3] switch
        {
            "clients" => (await CreateAsync(host, slug, "/api/admin/clients", new { displayName = "临时系统", tenant = slug })).GetProperty("clientId").GetString()!,
            "users" => (await CreateAsync(host, slug, "/api/admin/users", NewUser(slug))).GetProperty("id").GetString()!,
            "roles" => (await CreateAsync(host, slug, "/api/admin/roles", new { displayName = "临时角色 " + Guid.NewGuid().ToString("N")[..6], permissions = new[] { "inquiries.work" }, tenant = slug })).GetProperty("id").GetString()!,
            "parks" => (await CreateAsync(host, slug, "/api/admin/parks", CatalogueBodies.Park())).GetProperty("id").GetString()!,
            "policies" => (await CreateAsync(host, slug, "/api/admin/policies", CatalogueBodies.Policy())).GetProperty("id").GetString()!,
            "projects" => (await CreateAsync(host, slug, "/api/admin/projects", CatalogueBodies.Project())).GetProperty("id").GetString()!,
            var other => await ResolveInquiryIdAsync(other, host, slug) ?? throw new InvalidOperationException($"No fresh item for '{other}' in {route}."),
        };
        return route.Replace("{id}", id, StringComparison.Ordinal).Replace("{clientId}", id, StringComparison.Ordinal);
    }

    private static object NewUser(string slug)
    {
        var name = UsersApi.NewName("cell");
        return new { userName = name, email = $"{name}@matrix.example", roles = new[] { "prefecture-staff" }, tenant = slug, password = UsersApi.StrongPassword };
    }

    private static async Task<System.Text.Json.JsonElement> CreateAsync(HttpClient host, string slug, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Tenant", slug);
        using var response = await host.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"creating a fresh item at {path}: {(int)response.StatusCode} {text}");
        return System.Text.Json.JsonDocument.Parse(text).RootElement.Clone();
    }

    // "/api/admin/parks/{id:guid}" and "/api/admin/parks/{id}" are the same route; so are trailing slashes.
    // Razor Pages' route patterns have no leading slash ("admin/users"): given one, pages are compared too.
    private static string Normalize(string route) =>
        "/" + System.Text.RegularExpressions.Regex.Replace(route, @"\{(\w+)(:[^}]*)?\}", "{$1}").Trim('/');

    private sealed record Row(string Method, string Route, string Data, string[] Expected)
    {
        public static Row Parse(string line)
        {
            var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(cells.Length == 3 + 8, $"A matrix row needs method, route, data and 8 answers: {line}");
            return new Row(cells[0], cells[1], cells[2], cells[3..]);
        }
    }
}
