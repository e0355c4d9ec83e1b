using System.Net;
using System.Net.Http.Json;
using Portal.Testing;
using Xunit;

namespace Portal.CatalogueSearch.Tests;

/// <summary>
/// One portal on a fresh PostgreSQL database (embedded Lucene index) with two prefectures, Qujing (A) and
/// Dali (B), each with a machine client, as a prefecture's system would get one.
/// </summary>
public class SearchFixture : IAsyncLifetime
{
    public const string SlugA = "qujing";
    public const string SlugB = "dali";

    private PortalApp? _app;

    public PortalApp App => _app ?? throw new InvalidOperationException("PostgreSQL is not configured; the tests using this fixture skip.");

    public (string Id, string Secret) ClientA { get; private set; }

    public (string Id, string Secret) ClientB { get; private set; }

    public Guid TenantA { get; private set; }

    public Guid TenantB { get; private set; }

    /// <summary>False for a portal with demo data, which has every prefecture already.</summary>
    protected virtual bool CreatesPrefectures => true;

    protected virtual void Configure(PortalAppSettings settings)
    {
    }

    public async Task InitializeAsync()
    {
        if (TestServices.SkipUnless(Service.Postgres) is not null)
        {
            return;
        }

        _app = await PortalApp.StartAsync(Configure);
        if (!CreatesPrefectures)
        {
            return;
        }

        using var host = await _app.CreateHostClientAsync();
        TenantA = await CreatePrefectureAsync(host, SlugA, "530300", "曲靖市", "Qujing");
        TenantB = await CreatePrefectureAsync(host, SlugB, "532900", "大理白族自治州", "Dali");
        ClientA = await CreateClientAsync(host, SlugA);
        ClientB = await CreateClientAsync(host, SlugB);
    }

    public Task<HttpClient> ClientOfAAsync() => App.CreateClientForAsync(ClientA.Id, ClientA.Secret);

    public Task<HttpClient> ClientOfBAsync() => App.CreateClientForAsync(ClientB.Id, ClientB.Secret);

    public Task<HttpClient> HostAsync(string? tenant = null) => App.CreateHostClientAsync(tenant);

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static async Task<Guid> CreatePrefectureAsync(HttpClient host, string slug, string code, string name, string nameEn)
    {
        using var response = await host.PostAsJsonAsync("/api/admin/tenants", new { slug, code, name, nameEn });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    private static async Task<(string Id, string Secret)> CreateClientAsync(HttpClient host, string slug)
    {
        using var response = await host.PostAsJsonAsync("/api/admin/clients", new { displayName = $"{slug} 园区数据同步", tenant = slug });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var json = await response.ReadJsonAsync();
        return (json.GetProperty("clientId").GetString()!, json.GetProperty("clientSecret").GetString()!);
    }
}
