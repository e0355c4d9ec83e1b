using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Portal.Testing;
using Xunit;

namespace Portal.Audit.Tests.Http;

/// <summary>The embedded default: the same log on the SQLite file under the data path.</summary>
public sealed class AuditLogOnSqliteTests : IAsyncLifetime
{
    private PortalApp? _app;

    private PortalApp App => _app!;

    public async Task InitializeAsync() => _app = await PortalApp.StartAsync(settings => settings.UsePostgres = false);

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Entries_are_recorded_filtered_exported_and_cannot_be_changed_in_the_file()
    {
        using var host = await App.CreateHostClientAsync();
        var (slug, _) = await AuditApi.CreatePrefectureAsync(host, "嵌入州", "Embedded");
        using var renamed = await host.PutAsJsonAsync($"/api/admin/tenants/{slug}", new { name = "嵌入州", nameEn = "Embedded", isActive = false });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        var page = await AuditApi.WaitForAsync(host, $"?action=tenant.&entityId={slug}&from=2020-01-01", 2);
        Assert.Equal(["tenant.updated", "tenant.created"], AuditApi.Items(page).Select(i => i.GetProperty("action").GetString()!));
        using var csv = await host.GetAsync(new Uri($"/api/admin/audit/export?entityId={slug}", UriKind.Relative));
        Assert.Contains("嵌入州", await csv.Content.ReadAsStringAsync());

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(App.DataPath, "audit.db")}");
        await connection.OpenAsync();
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE audit_entries SET Action = 'forged'";
        await Assert.ThrowsAsync<SqliteException>(() => update.ExecuteNonQueryAsync());
        await using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM audit_entries";
        await Assert.ThrowsAsync<SqliteException>(() => delete.ExecuteNonQueryAsync());
    }
}
