using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Xunit;

namespace Portal.Host.Tests.Http;

public sealed class HttpConventionsTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private PortalApp App => fixture.App;

    [ServiceTheory(Service.Postgres, Service.Redis)]
    [InlineData("GET", "/api/no-such-route", HttpStatusCode.NotFound)]
    [InlineData("DELETE", "/api/prefectures", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/api/admin/tenants", HttpStatusCode.Unauthorized)]
    public async Task Every_error_is_problem_details_with_a_localized_title_and_no_internals(string method, string path, HttpStatusCode expected)
    {
        using var client = App.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.True(problem.TryGetProperty("traceId", out _));
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres, Service.Redis)]
    public async Task Problem_titles_follow_the_callers_language()
    {
        using var client = App.CreateClient();
        using var chinese = await client.GetAsync("/api/no-such-route");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/no-such-route");
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        using var english = await client.SendAsync(request);

        Assert.Equal("未找到", (await chinese.ReadJsonAsync()).GetProperty("title").GetString());
        Assert.Equal("Not found", (await english.ReadJsonAsync()).GetProperty("title").GetString());
    }

    [ServiceFact(Service.Postgres, Service.Redis)]
    public async Task Liveness_and_readiness_report_the_database_and_redis()
    {
        using var client = App.CreateClient();

        using var live = await client.GetAsync("/health/live");
        var ready = await client.GetFromJsonAsync<JsonElement>("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("databases").GetProperty("status").GetString());
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
    }

    [ServiceFact(Service.Postgres, Service.Redis)]
    public async Task The_openapi_document_describes_the_contract_routes_and_the_reference_page_is_served()
    {
        using var client = App.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        using var reference = await client.GetAsync("/api-reference");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/prefectures", out _));
        Assert.True(paths.TryGetProperty("/api/admin/tenants", out _));
        Assert.True(paths.TryGetProperty("/api/admin/tenants/{slug}", out _));
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Equal("text/html", reference.Content.Headers.ContentType?.MediaType);
    }
}
