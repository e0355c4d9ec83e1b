using System.Net;
using System.Net.Http.Json;
using Portal.Testing;
using Xunit;

namespace Portal.Calendar.Tests.Http;

/// <summary>
/// One portal on a fresh PostgreSQL database per test class, with one prefecture (Qujing) whose admin
/// machine client may do everything a prefecture may, and a host client holding only <c>reports.read</c>.
/// </summary>
public sealed class CalendarFixture : IAsyncLifetime
{
    public const string Slug = "qujing";

    private PortalApp? _app;

    public PortalApp App => _app ?? throw new InvalidOperationException("PostgreSQL is not configured; the tests using this fixture skip.");

    public (string Id, string Secret) PrefectureClient { get; private set; }

    public (string Id, string Secret) NarrowHostClient { get; private set; }

    public async Task InitializeAsync()
    {
        if (TestServices.SkipUnless(Service.Postgres) is not null)
        {
            return;
        }

        _app = await PortalApp.StartAsync();
        using var host = await _app.CreateHostClientAsync();
        using (var created = await host.PostAsJsonAsync("/api/admin/tenants", new { slug = Slug, code = "530300", name = "曲靖市", nameEn = "Qujing" }))
        {
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        }

        PrefectureClient = await CreateClientAsync(host, new
        {
            displayName = "曲靖 数据同步",
            tenant = Slug,
            permissions = new[] { "catalogue.manage", "users.manage", "clients.manage", "inquiries.work", "reports.read", "audit.read" },
        });
        NarrowHostClient = await CreateClientAsync(host, new { displayName = "省厅 报表", permissions = new[] { "reports.read" } });
    }

    public Task<HttpClient> HostAsync() => App.CreateHostClientAsync();

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static async Task<(string Id, string Secret)> CreateClientAsync(HttpClient host, object body)
    {
        using var response = await host.PostAsJsonAsync("/api/admin/clients", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var json = await response.ReadJsonAsync();
        return (json.GetProperty("clientId").GetString()!, json.GetProperty("clientSecret").GetString()!);
    }
}
