using System.Net;
using System.Net.Http.Json;
using Portal.Testing;
using Xunit;

namespace Portal.Inquiries.Tests.Http;

/// <summary>
/// One portal on a fresh PostgreSQL database per test class, with two prefectures, Qujing (A) and Dali (B),
/// each with its own machine client and first admin, and a generous intake rate limit (its own test lowers it).
/// </summary>
public class InquiriesFixture : IAsyncLifetime
{
    public const string SlugA = "qujing";
    public const string SlugB = "dali";

    private PortalApp? _app;

    public PortalApp App => _app ?? throw new InvalidOperationException("PostgreSQL is not configured; the tests using this fixture skip.");

    public (string Id, string Secret) ClientA { get; private set; }

    public (string Id, string Secret) ClientB { get; private set; }

    public string AdminEmailA { get; } = $"admin-qujing-{Guid.NewGuid():N}@example.com";

    protected virtual void Configure(PortalAppSettings settings) => settings.Settings["Inquiries:Intake:RateLimit"] = "100000";

    public virtual async Task InitializeAsync()
    {
        if (TestServices.SkipUnless(Service.Postgres) is not null)
        {
            return;
        }

        _app = await StartAsync();
        using var host = await _app.CreateHostClientAsync();
        await CreatePrefectureAsync(host, SlugA, "530300", "曲靖市", "Qujing", AdminEmailA);
        await CreatePrefectureAsync(host, SlugB, "532900", "大理白族自治州", "Dali", null);
        ClientA = await CreateClientAsync(host, SlugA);
        ClientB = await CreateClientAsync(host, SlugB);
    }

    protected virtual Task<PortalApp> StartAsync() => PortalApp.StartAsync(Configure);

    public Task<HttpClient> ClientOfAAsync() => App.CreateClientForAsync(ClientA.Id, ClientA.Secret);

    public Task<HttpClient> ClientOfBAsync() => App.CreateClientForAsync(ClientB.Id, ClientB.Secret);

    public Task<HttpClient> HostAsync(string? tenant = null) => App.CreateHostClientAsync(tenant);

    public HttpClient Anonymous() => App.CreateClient();

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static async Task CreatePrefectureAsync(HttpClient host, string slug, string code, string name, string nameEn, string? adminEmail)
    {
        using var response = await host.PostAsJsonAsync("/api/admin/tenants", new { slug, code, name, nameEn, adminEmail });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static async Task<(string Id, string Secret)> CreateClientAsync(HttpClient host, string slug)
    {
        using var response = await host.PostAsJsonAsync("/api/admin/clients", new { displayName = $"{slug} 招商系统", tenant = slug });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var json = await response.ReadJsonAsync();
        return (json.GetProperty("clientId").GetString()!, json.GetProperty("clientSecret").GetString()!);
    }
}
