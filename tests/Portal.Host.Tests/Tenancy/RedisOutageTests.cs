using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Xunit;

namespace Portal.Host.Tests.Tenancy;

/// <summary>A portal whose Redis is a closed port: changes that clear the shared cache still succeed.</summary>
public sealed class RedisOutageFixture : IAsyncLifetime
{
    public PortalApp App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await PortalApp.StartAsync(settings =>
        settings.Settings["Redis:Configuration"] = "127.0.0.1:9,connectTimeout=200,syncTimeout=200,asyncTimeout=200");

    public async Task DisposeAsync() => await App.DisposeAsync();
}

public sealed class RedisOutageTests(RedisOutageFixture fixture) : IClassFixture<RedisOutageFixture>
{
    [ServiceFact(Service.Postgres)]
    public async Task A_prefecture_is_created_and_listed_while_redis_is_down()
    {
        using var host = await fixture.App.CreateHostClientAsync();
        var (slug, code) = TestData.NewPrefectureIdentity();

        using var created = await host.PostAsJsonAsync("/api/admin/tenants", new { slug, code, name = "断网市", nameEn = "Outage City" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var anonymous = fixture.App.CreateClient();
        var prefectures = await anonymous.GetFromJsonAsync<JsonElement>("/api/prefectures");
        Assert.Contains(prefectures.EnumerateArray(), p => p.GetProperty("slug").GetString() == slug);
    }
}
