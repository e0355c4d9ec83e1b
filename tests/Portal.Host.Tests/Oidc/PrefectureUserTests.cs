using System.Net;
using System.Net.Http.Json;
using Portal.Host.Tests.Identity;
using Portal.Testing;
using Xunit;
using static Portal.Host.Tests.Identity.IdentityApi;
using static Portal.Host.Tests.Oidc.OidcFlow;

namespace Portal.Host.Tests.Oidc;

/// <summary>
/// A prefecture's person signing in through apps. The rule: a prefecture's app serves only that
/// prefecture's people; a host app serves anyone; either way the token carries the person's own
/// prefecture, so the API confines it there. Disabling the person stops the app at its next refresh.
/// </summary>
public sealed class PrefectureUserTests(IdentityPortalFixture fixture) : IClassFixture<IdentityPortalFixture>
{
    private const string UserName = "honghe-admin";
    private const string Password = "Honghe-Admin-Pass-2026!";

    private PortalApp App => fixture.App;

    [ServiceFact(Service.Postgres)]
    public async Task A_prefecture_person_gets_a_token_of_their_prefecture_through_its_app_or_a_host_app_but_not_another_prefecture_app()
    {
        using var host = await App.CreateHostClientAsync();
        var honghe = await CreateTenantAsync(host, "honghe", "532500");
        await CreateTenantAsync(host, "wenshan", "532600");
        var userId = await CreateUserAsync(host, UserName, "honghe", "prefecture-admin");
        var hongheApp = await CreatePublicClientAsync(host, "红河招商", tenant: "honghe");
        var wenshanApp = await CreatePublicClientAsync(host, "文山招商", tenant: "wenshan");
        var hostApp = await CreatePublicClientAsync(host, "全省招商");
        using var browser = await SignedInBrowserAsync(App, UserName);

        // Their own prefecture's app: a token confined to Honghe, without host-only permissions.
        var own = await SignInThroughAppAsync(App, browser, hongheApp);
        var claims = await OpenTokenAsync(App, own.AccessToken);
        Assert.Equal(userId, claims.FindFirst("sub")?.Value);
        Assert.Equal(honghe.ToString(), claims.FindFirst("tenant")?.Value);
        Assert.Equal("honghe", claims.FindFirst("tenant_slug")?.Value);
        var permissions = claims.FindAll("permission").Select(c => c.Value).ToList();
        Assert.Contains("clients.manage", permissions);
        Assert.DoesNotContain("tenants.manage", permissions);
        Assert.DoesNotContain("inquiries.route", permissions);
        using (var api = WithToken(App, own.AccessToken))
        {
            Assert.Contains(hongheApp, await ListClientIdsAsync(api));
            Assert.DoesNotContain(wenshanApp, await ListClientIdsAsync(api));
        }

        using (var elsewhere = WithToken(App, own.AccessToken, tenant: "wenshan"))
        {
            using var response = await elsewhere.GetAsync(new Uri("/api/admin/clients", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        // A host app: allowed, and the token still says Honghe.
        var viaHost = await SignInThroughAppAsync(App, browser, hostApp);
        Assert.Equal(honghe.ToString(), (await OpenTokenAsync(App, viaHost.AccessToken)).FindFirst("tenant")?.Value);

        // Another prefecture's app: refused before any code is issued.
        using var refused = await browser.GetAsync(new Uri(AuthorizeUrl(wenshanApp, NewPkce()), UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("access_denied", QueryOf(refused.Headers.Location!)["error"]);

        // Disabled by the host: the app's next refresh is refused.
        using var disable = await host.PostAsync(new Uri($"/api/admin/users/{userId}/disable", UriKind.Relative), null);
        Assert.True(disable.IsSuccessStatusCode, await disable.Content.ReadAsStringAsync());
        using var refresh = await RefreshAsync(App, hongheApp, own.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        Assert.Equal("invalid_grant", await ErrorOfAsync(refresh));
    }

    private static async Task<string> CreateUserAsync(HttpClient host, string userName, string tenant, string role)
    {
        using var response = await host.PostAsJsonAsync("/api/admin/users", new
        {
            userName,
            email = userName + "@example.org",
            displayName = "红河州管理员",
            roles = new[] { role },
            tenant,
            password = Password,
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return (await response.ReadJsonAsync()).GetProperty("id").ToString();
    }
}
