using System.Net;
using System.Net.Http.Json;
using Portal.Testing;
using Xunit;

namespace Portal.Catalogue.Tests.Http;

/// <summary>
/// One portal on a fresh PostgreSQL database per test class, with two prefectures, Qujing (A) and Dali
/// (B), each with its own machine client created over HTTP as a prefecture's system would get one.
/// </summary>
public sealed class CatalogueFixture : IAsyncLifetime
{
    public const string SlugA = "qujing";
    public const string SlugB = "dali";

    private static int _nextCode = 40;
    private PortalApp? _app;

    public PortalApp App => _app ?? throw new InvalidOperationException("PostgreSQL is not configured; the tests using this fixture skip.");

    public (string Id, string Secret) ClientA { get; private set; }

    public (string Id, string Secret) ClientB { get; private set; }

    public async Task InitializeAsync()
    {
        if (TestServices.SkipUnless(Service.Postgres) is not null)
        {
            return;
        }

        _app = await PortalApp.StartAsync();
        using var host = await _app.CreateHostClientAsync();
        await CreatePrefectureAsync(host, SlugA, "530300", "曲靖市", "Qujing");
        await CreatePrefectureAsync(host, SlugB, "532900", "大理白族自治州", "Dali");
        ClientA = await CreateClientAsync(host, SlugA);
        ClientB = await CreateClientAsync(host, SlugB);
    }

    public Task<HttpClient> ClientOfAAsync(string? tenant = null) => App.CreateClientForAsync(ClientA.Id, ClientA.Secret, tenant);

    public Task<HttpClient> ClientOfBAsync(string? tenant = null) => App.CreateClientForAsync(ClientB.Id, ClientB.Secret, tenant);

    public Task<HttpClient> HostAsync(string? tenant = null) => App.CreateHostClientAsync(tenant);

    /// <summary>A prefecture of its own for a test that counts or lists everything, and its machine client.</summary>
    public async Task<(string Slug, HttpClient Client)> NewPrefectureAsync()
    {
        using var host = await HostAsync();
        var n = Interlocked.Increment(ref _nextCode);
        var slug = $"test-{n}";
        await CreatePrefectureAsync(host, slug, $"53{n:00}00", $"测试州{n}", $"Test {n}");
        var (id, secret) = await CreateClientAsync(host, slug);
        return (slug, await App.CreateClientForAsync(id, secret));
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static async Task CreatePrefectureAsync(HttpClient host, string slug, string code, string name, string nameEn)
    {
        using var response = await host.PostAsJsonAsync("/api/admin/tenants", new { slug, code, name, nameEn });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static async Task<(string Id, string Secret)> CreateClientAsync(HttpClient host, string slug)
    {
        using var response = await host.PostAsJsonAsync("/api/admin/clients", new { displayName = $"{slug} 园区数据同步", tenant = slug });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var json = await response.ReadJsonAsync();
        return (json.GetProperty("clientId").GetString()!, json.GetProperty("clientSecret").GetString()!);
    }
}
