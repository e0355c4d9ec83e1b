using System.Net;
using Portal.Host.Tests.Oidc;
using Portal.Testing;
using Xunit;
using static Portal.Host.Tests.Identity.Users.UsersApi;
using static Portal.Host.Tests.Identity.Users.UsersFixture;

namespace Portal.Host.Tests.Identity.Users;

/// <summary>Disabling a person also ends what their apps hold: access and refresh tokens stop working at once.</summary>
public sealed class DisableRevokesTokensTests(UsersFixture fixture) : IClassFixture<UsersFixture>
{
    private PortalApp App => fixture.App;

    [ServiceFact(Service.Postgres)]
    public async Task Disabling_a_user_revokes_their_access_and_refresh_tokens()
    {
        using var host = await App.CreateHostClientAsync();
        var name = NewName("qj-app");
        var created = await CreateUserAsync(host, new { userName = name, email = $"{name}@qj.example", roles = new[] { "prefecture-staff" }, tenant = SlugA, password = StrongPassword });
        var clientId = await OidcFlow.CreatePublicClientAsync(host, "曲靖招商 App", SlugA);
        using var session = await fixture.SignedInAsync(name);
        var tokens = await OidcFlow.SignInThroughAppAsync(App, session.Http, clientId);
        using var api = IdentityApi.WithToken(App, tokens.AccessToken);
        using (var before = await api.GetAsync(new Uri("/connect/userinfo", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var admin = await fixture.SignedInAsync(fixture.AdminA);
        using var disable = await admin.Http.PostAsync(new Uri($"/api/admin/users/{created.GetProperty("id").GetGuid()}/disable", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, disable.StatusCode);

        using var after = await api.GetAsync(new Uri("/connect/userinfo", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        using var refresh = await OidcFlow.RefreshAsync(App, clientId, tokens.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        Assert.Equal("invalid_grant", await OidcFlow.ErrorOfAsync(refresh));
    }
}
