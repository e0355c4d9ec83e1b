using System.Net;
using Npgsql;
using Portal.Testing;
using Xunit;
using static Portal.Host.Tests.Identity.IdentityApi;

namespace Portal.Host.Tests.Identity;

/// <summary>Keys live under the data path and tokens in the database, so a restart (or another node) honours old tokens.</summary>
public sealed class TokenRestartTests
{
    [ServiceFact(Service.Postgres)]
    public async Task A_token_issued_before_a_restart_still_works_after_it_and_seeding_adds_nothing_twice()
    {
        using var data = new TempDirectory();
        await using var database = await PostgresDatabase.CreateAsync();

        string token;
        await using (var first = await StartAsync(data, database))
        {
            token = await first.GetTokenAsync(PortalApp.HostClientId, PortalApp.HostClientSecret);
            Assert.True(File.Exists(Path.Combine(data.Path, "keys", "token-signing-key.pem")));
            Assert.True(File.Exists(Path.Combine(data.Path, "keys", "token-encryption-key.pem")));
        }

        await using var second = await StartAsync(data, database);
        using var http = WithToken(second, token);
        using var response = await http.GetAsync(new Uri("/api/admin/clients", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await CountAsync(database, """SELECT count(*) FROM identity.users"""));
        Assert.Equal(1, await CountAsync(database, """SELECT count(*) FROM identity.oidc_applications"""));
        Assert.Equal(1, await CountAsync(database, """SELECT count(*) FROM identity.clients"""));
        Assert.True(Directory.EnumerateFiles(Path.Combine(data.Path, "keys", "data-protection")).Any());
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_changed_bootstrap_secret_replaces_the_old_one_on_the_next_start()
    {
        using var data = new TempDirectory();
        await using var database = await PostgresDatabase.CreateAsync();
        await using (await StartAsync(data, database))
        {
        }

        const string newSecret = "a-rotated-bootstrap-secret-1234567890";
        await using var second = await StartAsync(data, database, app => app.Settings["Portal:Bootstrap:ClientSecret"] = newSecret);
        using var oldSecret = await RequestTokenAsync(second, PortalApp.HostClientId, PortalApp.HostClientSecret);

        Assert.NotEqual(HttpStatusCode.OK, oldSecret.StatusCode);
        Assert.False(string.IsNullOrEmpty(await second.GetTokenAsync(PortalApp.HostClientId, newSecret)));
    }

    private static Task<PortalApp> StartAsync(TempDirectory data, PostgresDatabase database, Action<PortalAppSettings>? configure = null) =>
        PortalApp.StartAsync(settings =>
        {
            // The app neither creates nor drops these: they outlive it, as a server's disk and database do.
            settings.UsePostgres = false;
            settings.Settings["Portal:DataPath"] = data.Path;
            settings.Settings["ConnectionStrings:Postgres"] = database.ConnectionString;
            configure?.Invoke(settings);
        });

    private static async Task<long> CountAsync(PostgresDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
