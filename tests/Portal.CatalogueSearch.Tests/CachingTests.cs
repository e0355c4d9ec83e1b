using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Portal.Testing;
using Xunit;
using static Portal.CatalogueSearch.Tests.SearchApi;

namespace Portal.CatalogueSearch.Tests;

/// <summary>A portal on Redis: searches are cached there, and a publish invalidates them on every node.</summary>
public sealed class RedisSearchFixture : SearchFixture
{
    protected override void Configure(PortalAppSettings settings) => settings.UseRedis = true;
}

/// <summary>A portal whose Redis is a closed port: it must keep answering, uncached.</summary>
public sealed class RedisDownFixture : SearchFixture
{
    // Creating prefectures writes to the shared cache, which needs Redis; searching must not.
    protected override bool CreatesPrefectures => false;

    protected override void Configure(PortalAppSettings settings) =>
        settings.Settings["Redis:Configuration"] = "127.0.0.1:9,connectTimeout=200,syncTimeout=200,asyncTimeout=200";
}

public abstract class CachingTests(SearchFixture fixture)
{
    protected PortalApp App => fixture.App;

    /// <summary>
    /// The first search is answered (and cached) before the park exists; it must show the park once it
    /// is published, long before the cached answer would expire.
    /// </summary>
    protected async Task A_search_cached_before_a_publish_shows_the_item_after_it()
    {
        using var a = await fixture.ClientOfAAsync();
        using var anonymous = App.CreateClient();
        var name = "滇东钽铌缓存测试园";
        var before = await SearchAsync(anonymous, Q(name) + "&kind=park");
        Assert.Empty(Ids(before));
        Assert.Empty(Ids(await SearchAsync(anonymous, Q(name) + "&kind=park"))); // answered from the cache now

        var id = await PublishNewAsync(a, "parks", Park(name));

        await EventuallyAsync(() => SearchAsync(anonymous, Q(name) + "&kind=park"), p => Ids(p).Contains(id), "cached search sees the published park");
        await ActAsync(a, "parks", id, "unpublish");
        await EventuallyAsync(() => SearchAsync(anonymous, Q(name) + "&kind=park"), p => !Ids(p).Contains(id), "cached search loses the unpublished park");
    }

    /// <summary>
    /// A search asked once leaves nothing in the cache (most distinct searches are never asked again); asked
    /// again, its answer is cached.
    /// </summary>
    protected async Task Only_searches_asked_again_are_cached()
    {
        using var anonymous = App.CreateClient();
        await SearchAsync(anonymous, Q("缓存准入预热")); // reference data, synonyms: cached by any search
        var local = (MemoryCache)App.Services.GetRequiredService<IMemoryCache>();
        var path = Q("缓存准入测试" + Guid.NewGuid().ToString("N")[..8]) + "&kind=policy";
        var before = local.Count;

        await SearchAsync(anonymous, path);
        Assert.Equal(before, local.Count);

        await SearchAsync(anonymous, path);
        Assert.Equal(before + 1, local.Count);
    }

    /// <summary>
    /// Answers are cached as the body's JSON: the answer read back (from Redis when there is one, once the
    /// local copies are dropped) is the fresh answer byte for byte, and Chinese text is UTF-8, not escapes.
    /// </summary>
    protected async Task A_cached_answer_is_the_fresh_answer_byte_for_byte()
    {
        using var a = await fixture.ClientOfAAsync();
        using var anonymous = App.CreateClient();
        var name = "滇西锗业缓存字节测试园";
        var id = await PublishNewAsync(a, "parks", Park(name));
        await EventuallyAsync(() => SearchAsync(anonymous, Q(name) + "&kind=park"), p => Ids(p).Contains(id), "the published park is searchable");

        var path = new Uri("/api/search?" + Q(name) + "&kind=park&sort=newest", UriKind.Relative);
        using var first = await anonymous.GetAsync(path); // a first asking is answered, not cached
        using var fresh = await anonymous.GetAsync(path);
        var freshBody = await fresh.Content.ReadAsByteArrayAsync();
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), freshBody);
        ((MemoryCache)App.Services.GetRequiredService<IMemoryCache>()).Compact(1.0);
        using var cached = await anonymous.GetAsync(path);

        Assert.Equal(freshBody, await cached.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/json", cached.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", cached.Content.Headers.ContentType?.CharSet);
        Assert.Contains(name, Encoding.UTF8.GetString(freshBody), StringComparison.Ordinal);
        Assert.Equal(id, Assert.Single(Ids(System.Text.Json.JsonDocument.Parse(freshBody).RootElement)));
    }
}

public sealed class InProcessCachingTests(SearchFixture fixture) : CachingTests(fixture), IClassFixture<SearchFixture>
{
    [ServiceFact(Service.Postgres)]
    public Task Publish_and_unpublish_invalidate_cached_searches() => A_search_cached_before_a_publish_shows_the_item_after_it();

    [ServiceFact(Service.Postgres)]
    public Task Cached_answers_are_the_fresh_json() => A_cached_answer_is_the_fresh_answer_byte_for_byte();

    [ServiceFact(Service.Postgres)]
    public Task A_search_is_cached_from_its_second_asking() => Only_searches_asked_again_are_cached();
}

public sealed class RedisCachingTests(RedisSearchFixture fixture) : CachingTests(fixture), IClassFixture<RedisSearchFixture>
{
    [ServiceFact(Service.Postgres, Service.Redis)]
    public Task Publish_and_unpublish_invalidate_searches_cached_in_redis() => A_search_cached_before_a_publish_shows_the_item_after_it();

    [ServiceFact(Service.Postgres, Service.Redis)]
    public Task Answers_read_back_from_redis_are_the_fresh_json() => A_cached_answer_is_the_fresh_answer_byte_for_byte();
}

public sealed class RedisDownTests(RedisDownFixture fixture) : IClassFixture<RedisDownFixture>
{
    [ServiceFact(Service.Postgres)]
    public async Task Searches_and_suggestions_still_answer_when_redis_is_unreachable()
    {
        using var anonymous = fixture.App.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            var page = await SearchAsync(anonymous, Q("园区") + "&kind=park&sort=newest");
            Assert.Equal(0, page.GetProperty("total").GetInt64());
            Assert.Equal(System.Text.Json.JsonValueKind.Array, (await GetJsonAsync(anonymous, "/api/search/suggest?q=" + Uri.EscapeDataString("园"))).GetProperty("items").ValueKind);
        }

        using var invalid = await anonymous.GetAsync(new Uri("/api/search?pageSize=1000", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, invalid.StatusCode);
    }
}
