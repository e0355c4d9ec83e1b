using System.Net;
using Npgsql;
using Portal.Testing;
using Xunit;
using static Portal.Host.Tests.Identity.IdentityApi;
using static Portal.Host.Tests.Oidc.OidcFlow;

namespace Portal.Host.Tests.Oidc;

/// <summary>A portal whose access tokens live three seconds (<c>Portal:Tokens:AccessTokenLifetime</c>).</summary>
public sealed class ShortLivedTokensFixture : IAsyncLifetime
{
    private PortalApp? _app;

    public PortalApp App => _app ?? throw new InvalidOperationException("PostgreSQL is not configured; the tests using this fixture skip.");

    public async Task InitializeAsync()
    {
        if (TestServices.SkipUnless(Service.Postgres) is null)
        {
            _app = await PortalApp.StartAsync(settings => settings.Settings["Portal:Tokens:AccessTokenLifetime"] = "00:00:03");
        }
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

/// <summary>
/// Tokens that outlive their welcome: an expired access token is a 401 (the lifetime is configuration,
/// nothing is faked), and a refresh is refused once the person may no longer sign in.
/// </summary>
public sealed class TokenLifetimeTests(ShortLivedTokensFixture fixture) : IClassFixture<ShortLivedTokensFixture>
{
    private PortalApp App => fixture.App;

    [ServiceFact(Service.Postgres)]
    public async Task An_expired_access_token_is_a_401_and_a_refresh_brings_a_fresh_one()
    {
        using var host = await App.CreateHostClientAsync();
        var clientId = await CreatePublicClientAsync(host);
        using var browser = await SignedInBrowserAsync(App);
        var tokens = await SignInThroughAppAsync(App, browser, clientId);
        Assert.Equal(3, tokens.ExpiresIn, tolerance: 1);

        await Task.Delay(TimeSpan.FromSeconds(4));

        using var api = WithToken(App, tokens.AccessToken);
        using var expired = await api.GetAsync(new Uri("/api/admin/clients", UriKind.Relative));
        await AssertProblemAsync(expired, HttpStatusCode.Unauthorized);
        using var client = WithToken(App, await App.GetTokenAsync(PortalApp.HostClientId, PortalApp.HostClientSecret));
        await Task.Delay(TimeSpan.FromSeconds(4));
        using var machineExpired = await client.GetAsync(new Uri("/api/admin/tenants", UriKind.Relative));
        await AssertProblemAsync(machineExpired, HttpStatusCode.Unauthorized);

        using var refreshed = await RefreshAsync(App, clientId, tokens.RefreshToken!);
        var fresh = await TokensFromAsync(refreshed);
        var claims = await OpenTokenAsync(App, fresh.AccessToken);
        using var api2 = WithToken(App, fresh.AccessToken);
        using var again = await api2.GetAsync(new Uri("/api/admin/clients", UriKind.Relative));
        Assert.True(again.StatusCode == HttpStatusCode.OK, string.Join(" ", claims.Claims.Select(c => c.Type + "=" + c.Value)) + " " + again.Headers.WwwAuthenticate);
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_refresh_is_refused_once_the_password_changed_or_the_account_is_locked()
    {
        using var host = await App.CreateHostClientAsync();
        var clientId = await CreatePublicClientAsync(host);
        var otherClientId = await CreatePublicClientAsync(host);
        using var browser = await SignedInBrowserAsync(App);
        var first = await SignInThroughAppAsync(App, browser, clientId);
        var second = await SignInThroughAppAsync(App, browser, otherClientId);

        // A new security stamp is what a password change or a forced sign-out leaves behind.
        await ExecuteAsync("""UPDATE identity.users SET "SecurityStamp" = 'changed-by-test' WHERE "UserName" = 'admin'""");
        using var afterStamp = await RefreshAsync(App, clientId, first.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, afterStamp.StatusCode);
        Assert.Equal("invalid_grant", await ErrorOfAsync(afterStamp));

        await ExecuteAsync("""UPDATE identity.users SET "LockoutEnd" = now() + interval '1 hour', "LockoutEnabled" = true WHERE "UserName" = 'admin'""");
        try
        {
            using var afterLock = await RefreshAsync(App, otherClientId, second.RefreshToken!);
            Assert.Equal("invalid_grant", await ErrorOfAsync(afterLock));
        }
        finally
        {
            await ExecuteAsync("""UPDATE identity.users SET "LockoutEnd" = NULL WHERE "UserName" = 'admin'""");
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(App.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
