using System.Net;
using Npgsql;
using Portal.Testing;
using Xunit;
using static Portal.Host.Tests.Identity.Users.UsersApi;

namespace Portal.Host.Tests.Identity.Users;

/// <summary>A mail that cannot be sent (SMTP down) stays in the outbox to be retried; it is never marked sent.</summary>
public sealed class MailRetryTests
{
    [ServiceFact(Service.Postgres)]
    public async Task A_failed_smtp_send_is_kept_for_retry()
    {
        await using var app = await PortalApp.StartAsync(settings =>
        {
            // Nothing listens on port 9 of the loopback interface: every send fails at once.
            settings.Settings["Portal:Mail:Smtp:Host"] = "127.0.0.1";
            settings.Settings["Portal:Mail:Smtp:Port"] = "9";
        });
        using var host = await app.CreateHostClientAsync();
        var name = NewName("smtp");
        await CreateUserAsync(host, new { userName = name, email = $"{name}@host.example", roles = new[] { "bureau-staff" }, password = StrongPassword });
        using var session = new BackOffice(app);

        using var ask = await session.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = $"{name}@host.example" });
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);

        var (attempts, processed, error) = (0, false, (string?)null);
        for (var i = 0; i < 50 && attempts == 0; i++)
        {
            await Task.Delay(200);
            await using var connection = new NpgsqlConnection(app.PostgresConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT \"Attempts\", \"ProcessedAt\" IS NOT NULL, \"LastError\" FROM identity.outbox_messages WHERE \"Type\" = 'Portal.Identity.Account.Mail.AccountMailRequested'", connection);
            await using var reader = await command.ExecuteReaderAsync();
            if (await reader.ReadAsync())
            {
                (attempts, processed, error) = (reader.GetInt32(0), reader.GetBoolean(1), reader.IsDBNull(2) ? null : reader.GetString(2));
            }
        }

        Assert.True(attempts >= 1, "the mail was never attempted");
        Assert.False(processed);
        Assert.NotNull(error);
        Assert.False(Directory.Exists(Path.Combine(app.DataPath, "mail-pickup")));
    }
}
