using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Xunit;

namespace Portal.Inquiries.Tests.Suggestions;

/// <summary>
/// One portal on a fresh PostgreSQL database per test class. Each test takes prefectures of its own
/// (<see cref="NewPrefectureAsync"/>), so that what one test publishes never counts in another's.
/// </summary>
public sealed class MatchingFixture : IAsyncLifetime
{
    private static int _nextCode = 10;
    private PortalApp? _app;

    public PortalApp App => _app ?? throw new InvalidOperationException("PostgreSQL is not configured; the tests using this fixture skip.");

    public async Task InitializeAsync()
    {
        if (TestServices.SkipUnless(Service.Postgres) is null)
        {
            _app = await PortalApp.StartAsync();
        }
    }

    /// <summary>A new prefecture and a client of its own, created over HTTP as the host admin does.</summary>
    public async Task<Prefecture> NewPrefectureAsync(string name)
    {
        using var host = await App.CreateHostClientAsync();
        var n = Interlocked.Increment(ref _nextCode);
        var slug = $"match-{n}";
        var code = $"53{n:00}00";
        using (var created = await host.PostAsJsonAsync("/api/admin/tenants", new { slug, code, name, nameEn = $"Match {n}" }))
        {
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        }

        using var client = await host.PostAsJsonAsync("/api/admin/clients", new { displayName = $"{name} 数据同步", tenant = slug });
        Assert.True(client.StatusCode == HttpStatusCode.Created, await client.Content.ReadAsStringAsync());
        var json = await client.ReadJsonAsync();
        var http = await App.CreateClientForAsync(json.GetProperty("clientId").GetString()!, json.GetProperty("clientSecret").GetString()!);
        return new Prefecture(slug, code, http);
    }

    /// <summary>The host admin disables a prefecture: it disappears from everything public.</summary>
    public async Task DisableAsync(Prefecture prefecture)
    {
        using var host = await App.CreateHostClientAsync();
        using var response = await host.PutAsJsonAsync($"/api/admin/tenants/{prefecture.Slug}", new { name = "停用州", nameEn = "Disabled", isActive = false });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

/// <summary>A prefecture of one test, and its admin client (catalogue permission) that creates and publishes items.</summary>
public sealed class Prefecture(string slug, string code, HttpClient client) : IDisposable
{
    public string Slug { get; } = slug;

    public string Code { get; } = code;

    public async Task<Guid> CreateParkAsync(string name, decimal? availableLandMu, decimal? powerPrice, params string[] chains) =>
        await CreateAsync("parks", new Dictionary<string, object?>
        {
            ["name"] = name,
            ["kind"] = "economic-development-zone",
            ["level"] = "national",
            ["county"] = "麒麟区",
            ["plannedAreaMu"] = 120000m,
            ["availableLandMu"] = availableLandMu,
            ["landPriceWanPerMu"] = 18m,
            ["powerPriceYuanPerKwh"] = powerPrice,
            ["chains"] = chains,
        });

    public async Task<Guid> CreatePolicyAsync(
        string title, string[] chains, Guid[] parks, string[] kinds, string effectiveFrom = "2024-01-01", string? effectiveTo = "2099-12-31") =>
        await CreateAsync("policies", new Dictionary<string, object?>
        {
            ["title"] = title,
            ["issuer"] = "州（市）人民政府",
            ["documentNumber"] = null,
            ["level"] = "prefecture",
            ["chains"] = chains,
            ["parks"] = parks,
            ["incentiveKinds"] = kinds,
            ["effectiveFrom"] = effectiveFrom,
            ["effectiveTo"] = effectiveTo,
            ["body"] = "<p>扶持措施。</p>",
        });

    public async Task<Guid> PublishedParkAsync(string name, decimal? availableLandMu, decimal? powerPrice, params string[] chains)
    {
        var id = await CreateParkAsync(name, availableLandMu, powerPrice, chains);
        await ActAsync("parks", id, "publish");
        return id;
    }

    public async Task<Guid> PublishedPolicyAsync(
        string title, string[] chains, Guid[] parks, string[] kinds, string effectiveFrom = "2024-01-01", string? effectiveTo = "2099-12-31")
    {
        var id = await CreatePolicyAsync(title, chains, parks, kinds, effectiveFrom, effectiveTo);
        await ActAsync("policies", id, "publish");
        return id;
    }

    /// <summary><c>POST /api/admin/{items}/{id}/{action}</c> (publish, unpublish, archive), expecting 200.</summary>
    public async Task ActAsync(string items, Guid id, string action)
    {
        using var response = await client.PostAsync(new Uri($"/api/admin/{items}/{id}/{action}", UriKind.Relative), null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Renames a park's working copy (version 1 → 2) without publishing it again.</summary>
    public async Task RenameDraftAsync(Guid park, string name)
    {
        using var current = await client.GetAsync(new Uri($"/api/admin/parks/{park}", UriKind.Relative));
        var json = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(await current.Content.ReadAsStringAsync())!;
        var body = json.ToDictionary(p => p.Key, p => (object?)p.Value);
        body["name"] = name;
        using var saved = await client.PutAsJsonAsync($"/api/admin/parks/{park}", body);
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
    }

    public void Dispose() => client.Dispose();

    private async Task<Guid> CreateAsync(string items, Dictionary<string, object?> body)
    {
        using var response = await client.PostAsJsonAsync($"/api/admin/{items}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }
}
