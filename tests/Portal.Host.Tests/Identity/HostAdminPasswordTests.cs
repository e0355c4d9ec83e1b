using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Portal.Testing;
using Xunit;

namespace Portal.Host.Tests.Identity;

/// <summary>The host admin's first password, on the embedded default: generated and printed once, or taken from configuration.</summary>
public sealed partial class HostAdminPasswordTests
{
    [Fact]
    public async Task A_generated_admin_password_is_printed_on_the_first_start_only_and_is_the_real_one()
    {
        using var data = new TempDirectory();
        var console = new StringWriter();
        var original = Console.Out;
        Console.SetOut(TextWriter.Synchronized(console));
        try
        {
            for (var start = 0; start < 2; start++)
            {
                await using var app = new PortalApp(Settings(data.Path));
                _ = app.Server;
            }
        }
        finally
        {
            Console.SetOut(original);
        }

        // Other tests may print through the same console meanwhile; only generated passwords match.
        var printed = GeneratedPasswordLine().Matches(console.ToString());
        var password = Assert.Single(printed).Groups["password"].Value;
        Assert.True(password.Length >= 16);
        Assert.NotEqual(PasswordVerificationResult.Failed, new PasswordHasher<object>().VerifyHashedPassword(new object(), await AdminHashAsync(data.Path), password));
    }

    [Fact]
    public async Task A_configured_password_that_the_policy_would_refuse_still_starts_the_portal_and_is_the_admins()
    {
        using var data = new TempDirectory();
        await using var app = new PortalApp(Settings(data.Path, adminPassword: "short"));

        _ = app.Server;

        Assert.NotEqual(PasswordVerificationResult.Failed, new PasswordHasher<object>().VerifyHashedPassword(new object(), await AdminHashAsync(data.Path), "short"));
    }

    private static PortalAppSettings Settings(string dataPath, string adminPassword = "")
    {
        var settings = new PortalAppSettings { UsePostgres = false };
        settings.Settings["Portal:DataPath"] = dataPath;
        settings.Settings["Portal:Bootstrap:AdminPassword"] = adminPassword;
        return settings;
    }

    private static async Task<string> AdminHashAsync(string dataPath)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "identity.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "PasswordHash" FROM users WHERE "UserName" = 'admin'""";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    [GeneratedRegex(@"Host admin: admin / (?<password>[^\s(]\S+) — shown once")]
    private static partial Regex GeneratedPasswordLine();
}
