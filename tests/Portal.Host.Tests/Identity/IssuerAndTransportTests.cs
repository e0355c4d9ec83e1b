using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Xunit;
using static Portal.Host.Tests.Identity.IdentityApi;

namespace Portal.Host.Tests.Identity;

/// <summary>
/// <c>Portal:Issuer</c> and <c>Portal:RequireHttps</c>, on the embedded SQLite default (no server needed).
/// </summary>
public sealed class IssuerAndTransportTests
{
    [Fact]
    public async Task Without_a_fixed_issuer_a_token_from_one_host_name_works_on_another()
    {
        await using var app = new PortalApp(new PortalAppSettings { UsePostgres = false });
        var token = await app.GetTokenAsync(PortalApp.HostClientId, PortalApp.HostClientSecret);
        using var http = WithToken(app, token);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/clients");
        request.Headers.Host = "portal.internal.example";
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_fixed_issuer_is_announced_in_discovery_and_stamped_into_tokens()
    {
        const string issuer = "https://invest.yn.example.org/";
        var settings = new PortalAppSettings { UsePostgres = false };
        settings.Settings["Portal:Issuer"] = issuer;
        await using var app = new PortalApp(settings);
        using var anonymous = app.CreateClient();

        var discovery = await anonymous.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        var token = await app.GetTokenAsync(PortalApp.HostClientId, PortalApp.HostClientSecret);
        using var http = WithToken(app, token);
        using var response = await http.GetAsync(new Uri("/api/admin/clients", UriKind.Relative));

        Assert.Equal(issuer, discovery.GetProperty("issuer").GetString());
        Assert.Equal(issuer, (await OpenTokenAsync(app, token)).FindFirst("iss")?.Value);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task With_https_required_the_token_endpoint_refuses_plain_http()
    {
        var settings = new PortalAppSettings { UsePostgres = false };
        settings.Settings["Portal:RequireHttps"] = "true";
        await using var app = new PortalApp(settings);

        using var response = await RequestTokenAsync(app, PortalApp.HostClientId, PortalApp.HostClientSecret);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", (await response.ReadJsonAsync()).GetProperty("error").GetString());
    }
}
