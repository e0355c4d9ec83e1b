using Portal.Search.Chinese;
using Portal.Search.Lucene;
using Portal.Search.Tests.Relevance;

namespace Portal.Search.Tests.Lucene;

/// <summary>
/// The match cache answers other facets, ranges, sorts and pages of words just searched from what those
/// words matched. It must never change an answer: every variant is compared with an index that has no
/// cache, on the demo catalogue, and a write must be seen at once.
/// </summary>
public sealed class MatchCacheTests : IAsyncLifetime
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "portal-search-tests", Guid.NewGuid().ToString("N"));
    private LuceneSearchIndex cached = null!;
    private LuceneSearchIndex uncached = null!;

    public async Task InitializeAsync()
    {
        cached = new LuceneSearchIndex(Path.Combine(root, "cached"));
        uncached = new LuceneSearchIndex(Path.Combine(root, "uncached"), matchCacheDocuments: 0);
        await cached.UpsertAsync(DemoCorpus.Documents);
        await uncached.UpsertAsync(DemoCorpus.Documents);
    }

    public Task DisposeAsync()
    {
        cached.Dispose();
        uncached.Dispose();
        Directory.Delete(root, recursive: true);
        return Task.CompletedTask;
    }

    public static TheoryData<string> Texts() => ["新能源电池", "绿色铝", "光伏", "曲靖 光伏", "招商引资", "lvl", "guangfu", ""];

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task Every_variant_of_the_same_words_answers_as_an_index_without_the_cache(string text)
    {
        var prefectures = DemoCorpus.Prefectures.Keys.Take(3).ToArray();
        var baseQuery = SynonymExpander.Default.Expand(new SearchQuery { Text = text, PageSize = 5, Today = new DateOnly(2026, 11, 25) });
        SearchQuery[] variants =
        [
            baseQuery,
            baseQuery with { Page = 2 },
            baseQuery with { Sort = SearchSort.Newest },
            baseQuery with { Sort = SearchSort.Newest, Page = 3 },
            baseQuery with { Prefectures = [prefectures[0]] },
            baseQuery with { Prefectures = [prefectures[1], prefectures[2]], Kinds = [SearchKind.Park] },
            baseQuery with { Kinds = [SearchKind.Policy], InForceOnly = true },
            baseQuery with { MinAvailableMu = 1000, MaxPowerPriceYuanPerKwh = 0.4m },
            baseQuery with { MaxLandPriceWanPerMu = 20, Chains = ["green-aluminium", "photovoltaic"] },
            baseQuery,
        ];

        foreach (var variant in variants)
        {
            // Twice on the cached index: the second answer comes from the cache.
            var expected = await uncached.SearchAsync(variant);
            await cached.SearchAsync(variant);
            var actual = await cached.SearchAsync(variant);
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Hits.Select(hit => (hit.ItemId, hit.Title, hit.Snippet)), actual.Hits.Select(hit => (hit.ItemId, hit.Title, hit.Snippet)));
            Assert.Equal(expected.Hits.Select(hit => hit.Score), actual.Hits.Select(hit => hit.Score), (a, b) => Math.Abs(a - b) < 1e-6);
            Assert.Equal(Sorted(expected.Facets.Kind), Sorted(actual.Facets.Kind));
            Assert.Equal(Sorted(expected.Facets.Prefecture), Sorted(actual.Facets.Prefecture));
            Assert.Equal(Sorted(expected.Facets.Chain), Sorted(actual.Facets.Chain));
        }
    }

    [Fact]
    public async Task A_write_is_seen_by_the_next_search_of_words_already_cached()
    {
        var query = new SearchQuery { Text = "绿色铝" };
        var before = await cached.SearchAsync(query);
        await cached.SearchAsync(query with { Page = 2 });

        var added = DemoCorpus.ByTitle("鲁甸绿色铝产业园") with { ItemId = Guid.NewGuid(), Title = "新建绿色铝示范园" };
        await cached.UpsertAsync([added]);
        var after = await cached.SearchAsync(query);
        Assert.Equal(before.Total + 1, after.Total);
        Assert.Contains(after.Hits, hit => hit.ItemId == added.ItemId);

        await cached.DeleteAsync([added.Key]);
        Assert.Equal(before.Total, (await cached.SearchAsync(query)).Total);
    }

    private static KeyValuePair<string, long>[] Sorted(IReadOnlyDictionary<string, long> counts) =>
        [.. counts.OrderBy(pair => pair.Key, StringComparer.Ordinal)];
}
