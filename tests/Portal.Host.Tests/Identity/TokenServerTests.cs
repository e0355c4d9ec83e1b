using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Portal.Testing;
using Xunit;
using static Portal.Host.Tests.Identity.IdentityApi;

namespace Portal.Host.Tests.Identity;

/// <summary>The OpenID Connect server as an outside client meets it: discovery, keys, tokens, refusals.</summary>
public sealed class TokenServerTests(IdentityPortalFixture fixture) : IClassFixture<IdentityPortalFixture>
{
    private PortalApp App => fixture.App;

    [ServiceFact(Service.Postgres)]
    public async Task The_discovery_document_names_the_token_endpoint_the_client_credentials_grant_and_the_keys()
    {
        using var http = App.CreateClient();

        var discovery = await http.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        Assert.EndsWith("/connect/token", discovery.GetProperty("token_endpoint").GetString(), StringComparison.Ordinal);
        Assert.Contains("client_credentials", discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()));
        var jwks = await http.GetFromJsonAsync<JsonElement>(new Uri(discovery.GetProperty("jwks_uri").GetString()!).PathAndQuery);
        var key = Assert.Single(jwks.GetProperty("keys").EnumerateArray());
        Assert.Equal("RSA", key.GetProperty("kty").GetString());
        Assert.False(string.IsNullOrEmpty(key.GetProperty("kid").GetString()));
        Assert.False(key.TryGetProperty("d", out _)); // never the private part
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_bootstrap_client_gets_a_host_token_with_every_permission_and_can_call_the_admin_api()
    {
        var token = await App.GetTokenAsync(PortalApp.HostClientId, PortalApp.HostClientSecret);
        using var http = WithToken(App, token);

        using var tenants = await http.GetAsync(new Uri("/api/admin/tenants", UriKind.Relative));
        var clients = await ListClientIdsAsync(http);

        Assert.Equal(HttpStatusCode.OK, tenants.StatusCode);
        Assert.Contains(PortalApp.HostClientId, clients);
        var claims = await OpenTokenAsync(App, token);
        Assert.Equal(PortalApp.HostClientId, claims.FindFirst("sub")?.Value);
        Assert.Null(claims.FindFirst("tenant"));
        Assert.Equal(
            Portal.Identity.Contracts.Permissions.All.Order(StringComparer.Ordinal),
            claims.FindAll("permission").Select(c => c.Value).Order(StringComparer.Ordinal));
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_wrong_secret_or_an_unknown_client_is_an_invalid_client()
    {
        using var wrongSecret = await RequestTokenAsync(App, PortalApp.HostClientId, "not-the-secret");
        using var unknown = await RequestTokenAsync(App, "nobody-0000000000000000", "whatever");

        foreach (var response in new[] { wrongSecret, unknown })
        {
            Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized });
            Assert.Equal("invalid_client", (await response.ReadJsonAsync()).GetProperty("error").GetString());
        }
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_grant_that_is_not_enabled_is_refused()
    {
        using var response = await RequestTokenAsync(App, PortalApp.HostClientId, PortalApp.HostClientSecret, grantType: "password");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unsupported_grant_type", (await response.ReadJsonAsync()).GetProperty("error").GetString());
    }

    [ServiceTheory(Service.Postgres)]
    [InlineData("/api/admin/clients")]
    [InlineData("/api/admin/tenants")]
    public async Task Anonymous_callers_of_admin_apis_get_401_problem_details_not_a_login_redirect(string path)
    {
        using var http = App.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Garbage_and_tampered_tokens_get_401_problem_details()
    {
        var token = await App.GetTokenAsync(PortalApp.HostClientId, PortalApp.HostClientSecret);
        var middle = token.Length / 2;
        var tampered = token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];

        foreach (var bad in new[] { "garbage", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", tampered })
        {
            using var http = WithToken(App, bad);
            using var response = await http.GetAsync(new Uri("/api/admin/clients", UriKind.Relative));
            await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        }
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_host_admin_exists_once_with_the_configured_password_and_a_role_holding_every_permission()
    {
        await using var connection = new NpgsqlConnection(App.PostgresConnectionString);
        await connection.OpenAsync();
        await using var users = new NpgsqlCommand(
            """
            SELECT u."UserName", u."PasswordHash", u."TenantId" IS NULL
            FROM identity.users u
            JOIN identity.user_roles ur ON ur."UserId" = u."Id"
            JOIN identity.roles r ON r."Id" = ur."RoleId"
            WHERE r."Name" = 'host-admin'
            """, connection);
        await using (var reader = await users.ExecuteReaderAsync())
        {
            Assert.True(await reader.ReadAsync());
            Assert.Equal("admin", reader.GetString(0));
            var verdict = new Microsoft.AspNetCore.Identity.PasswordHasher<object>().VerifyHashedPassword(new object(), reader.GetString(1), PortalApp.AdminPassword);
            Assert.NotEqual(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Failed, verdict);
            Assert.True(reader.GetBoolean(2));
            Assert.False(await reader.ReadAsync());
        }

        await using var claims = new NpgsqlCommand(
            """
            SELECT c."ClaimValue" FROM identity.role_claims c JOIN identity.roles r ON r."Id" = c."RoleId"
            WHERE r."Name" = 'host-admin' AND c."ClaimType" = 'permission'
            """, connection);
        var permissions = new List<string>();
        await using (var reader = await claims.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                permissions.Add(reader.GetString(0));
            }
        }

        Assert.Equal(Portal.Identity.Contracts.Permissions.All.Order(StringComparer.Ordinal), permissions.Order(StringComparer.Ordinal));
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_client_secret_is_shown_once_and_stored_only_as_a_hash()
    {
        using var host = await App.CreateHostClientAsync();
        var (clientId, secret) = await CreateClientAsync(host, new { displayName = "Hash check", permissions = new[] { "reports.read" } });

        await using var connection = new NpgsqlConnection(App.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "ClientSecret" FROM identity.oidc_applications WHERE "ClientId" = @id""", connection);
        command.Parameters.AddWithValue("id", clientId);
        var stored = (string?)await command.ExecuteScalarAsync();

        Assert.True(secret.Length >= 43, "at least 32 random bytes, base64url");
        Assert.False(string.IsNullOrEmpty(stored));
        Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);
        using var list = await host.GetAsync(new Uri("/api/admin/clients", UriKind.Relative));
        Assert.DoesNotContain(secret, await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var again = await host.PostAsJsonAsync("/api/admin/clients", new { displayName = "Cache check" });
        Assert.Equal("no-store", again.Headers.CacheControl?.ToString());
    }
}
