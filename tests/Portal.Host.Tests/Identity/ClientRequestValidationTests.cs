using System.Net;
using System.Net.Http.Json;
using System.Text;
using Portal.Testing;
using Xunit;
using static Portal.Host.Tests.Identity.IdentityApi;

namespace Portal.Host.Tests.Identity;

/// <summary>Bad bodies for <c>POST /api/admin/clients</c> get localized field errors and create nothing.</summary>
public sealed class ClientRequestValidationTests(IdentityPortalFixture fixture) : IClassFixture<IdentityPortalFixture>
{
    private PortalApp App => fixture.App;

    public static TheoryData<string, string> BadBodies => new()
    {
        { """{ "permissions": ["catalogue.manage"] }""", "displayName" },
        { """{ "displayName": "   " }""", "displayName" },
        { $$"""{ "displayName": "{{new string('x', 101)}}" }""", "displayName" },
        { """{ "displayName": "x", "type": "robot" }""", "type" },
        { """{ "displayName": "x", "permissions": ["catalogue.manage", "rule.the.world"] }""", "permissions[1]" },
        { """{ "displayName": "x", "redirectUris": ["https://app.example.org/cb"] }""", "redirectUris" },
        { """{ "displayName": "x", "type": "public" }""", "redirectUris" },
        { """{ "displayName": "x", "type": "public", "redirectUris": ["http://app.example.org/cb"] }""", "redirectUris[0]" },
        { """{ "displayName": "x", "type": "public", "redirectUris": ["https://app.example.org/cb#frag"] }""", "redirectUris[0]" },
        { """{ "displayName": "x", "type": "public", "redirectUris": ["https://a.example.org/cb"], "permissions": ["reports.read"] }""", "permissions" },
        { """{ "displayName": "x", "tenant": "nowhere" }""", "tenant" },
        { """{ "displayName": "x", "permissions": "reports.read" }""", "permissions" },
    };

    [ServiceTheory(Service.Postgres)]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_body_gets_a_400_naming_the_field(string body, string field)
    {
        using var host = await App.CreateHostClientAsync();
        var before = await ListClientIdsAsync(host);

        using var response = await host.PostAsync(
            new Uri("/api/admin/clients", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(before.Length, (await ListClientIdsAsync(host)).Length);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Messages_are_chinese_by_default_and_english_on_request()
    {
        using var host = await App.CreateHostClientAsync();

        using var chinese = await host.PostAsJsonAsync("/api/admin/clients", new { displayName = "" });
        host.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        using var english = await host.PostAsJsonAsync("/api/admin/clients", new { displayName = "" });

        var zh = (await AssertProblemAsync(chinese, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("displayName")[0].GetString();
        var en = (await AssertProblemAsync(english, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("displayName")[0].GetString();
        Assert.Equal("请填写客户端名称。", zh);
        Assert.Equal("The client's display name is required.", en);
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_public_client_is_stored_with_its_redirect_uris_and_gets_no_secret_and_no_client_credentials()
    {
        using var host = await App.CreateHostClientAsync();

        using var response = await host.PostAsJsonAsync("/api/admin/clients", new
        {
            displayName = "Mobile app",
            type = "public",
            redirectUris = new[] { "https://app.example.org/callback", "http://127.0.0.1:7890/callback" },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadJsonAsync();
        var clientId = created.GetProperty("clientId").GetString()!;
        Assert.Equal(System.Text.Json.JsonValueKind.Null, created.GetProperty("clientSecret").ValueKind);
        using var token = await RequestTokenAsync(App, clientId, "");
        Assert.NotEqual(HttpStatusCode.OK, token.StatusCode);
        Assert.Contains(clientId, await ListClientIdsAsync(host));
    }
}
