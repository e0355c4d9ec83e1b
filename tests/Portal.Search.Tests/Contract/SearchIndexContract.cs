using static Portal.Search.Tests.Contract.ContractCatalogue;

namespace Portal.Search.Tests.Contract;

/// <summary>
/// What every <see cref="ISearchIndex"/> engine must do. An engine's test class derives from this and
/// supplies a fresh, empty index per test; every test then runs against that engine.
/// </summary>
public abstract class SearchIndexContract : IAsyncLifetime
{
    private ISearchIndex? index;

    protected ISearchIndex Index => index ?? throw new InvalidOperationException("The index is created in InitializeAsync.");

    /// <summary>A new, empty index that no other test uses.</summary>
    protected abstract Task<ISearchIndex> CreateIndexAsync();

    /// <summary>Releases the index (and whatever it stored) after the test.</summary>
    protected abstract Task DisposeIndexAsync(ISearchIndex index);

    public async Task InitializeAsync() => index = await CreateIndexAsync();

    public async Task DisposeAsync()
    {
        if (index is not null)
        {
            await DisposeIndexAsync(index);
        }
    }

    protected Task SeedAsync() => Index.UpsertAsync(All);

    protected Task<SearchResults> SearchAsync(SearchQuery query) => Index.SearchAsync(query);

    private static List<string> Keys(SearchResults results) => [.. results.Hits.Select(hit => DocumentKey.For(hit.Kind, hit.ItemId))];

    [Fact]
    public async Task An_upsert_is_searchable_when_its_task_completes()
    {
        await Index.UpsertAsync([AluminiumPark]);

        var results = await SearchAsync(new SearchQuery { Text = "绿色铝" });

        var hit = Assert.Single(results.Hits);
        Assert.Equal(1, results.Total);
        Assert.Equal(SearchKind.Park, hit.Kind);
        Assert.Equal(AluminiumPark.ItemId, hit.ItemId);
        Assert.Equal("qujing", hit.Prefecture);
        Assert.Equal(AluminiumPark.Url, hit.Url);
        Assert.Equal(AluminiumPark.PublishedAt, hit.PublishedAt);
        Assert.True(hit.Score > 0);
        Assert.Equal(1, await Index.CountAsync());
    }

    [Fact]
    public async Task Upserting_the_same_key_again_replaces_the_document()
    {
        await Index.UpsertAsync([AluminiumPark]);
        await Index.UpsertAsync([AluminiumPark]);
        await Index.UpsertAsync([AluminiumPark with { Title = "曲靖绿色硅材料产业园", Chains = ["green-silicon"], Keywords = [], Body = "重点发展工业硅和有机硅。" }]);

        Assert.Equal(1, await Index.CountAsync());
        Assert.Equal(0, (await SearchAsync(new SearchQuery { Text = "绿色铝" })).Total);
        var hit = Assert.Single((await SearchAsync(new SearchQuery { Text = "绿色硅" })).Hits);
        Assert.Contains("硅", hit.Title, StringComparison.Ordinal);
        Assert.Equal(1, (await SearchAsync(new SearchQuery { Chains = ["green-silicon"] })).Total);
        Assert.Equal(0, (await SearchAsync(new SearchQuery { Chains = ["green-aluminium"] })).Total);
    }

    [Fact]
    public async Task Delete_removes_by_key_and_ignores_unknown_keys()
    {
        await SeedAsync();

        await Index.DeleteAsync([AluminiumPark.Key, "park:00000000-0000-0000-0000-000000000000"]);
        await Index.DeleteAsync([AluminiumPark.Key]);
        await Index.DeleteAsync([]);

        Assert.Equal(All.Count - 1, await Index.CountAsync());
        Assert.DoesNotContain(AluminiumPark.Key, Keys(await SearchAsync(new SearchQuery { PageSize = 100 })));
    }

    [Fact]
    public async Task No_text_returns_everything_newest_first()
    {
        await SeedAsync();

        var results = await SearchAsync(new SearchQuery { PageSize = 100 });

        Assert.Equal(All.Count, results.Total);
        Assert.Equal(All.OrderByDescending(document => document.PublishedAt).Select(document => document.Key), Keys(results));
    }

    [Fact]
    public async Task Each_filter_narrows_the_hits()
    {
        await SeedAsync();

        Assert.Equal([BatteryPolicy.Key, ExpiredPolicy.Key], Keys(await SearchAsync(new SearchQuery { Kinds = [SearchKind.Policy] })));
        Assert.Equal(3, (await SearchAsync(new SearchQuery { Prefectures = ["qujing"] })).Total);
        Assert.Equal(4, (await SearchAsync(new SearchQuery { Prefectures = ["qujing", "honghe"] })).Total);
        Assert.Equal([BatteryPark.Key, BatteryPolicy.Key], Keys(await SearchAsync(new SearchQuery { Chains = ["new-energy-battery"] })));
        AssertSameKeys([AluminiumPark.Key, BondedZone.Key], Keys(await SearchAsync(new SearchQuery { Levels = ["national"] })));
        Assert.Equal([AluminiumPark.Key], Keys(await SearchAsync(new SearchQuery { MinAvailableMu = 1000 })));
        Assert.Equal([BatteryPark.Key, AluminiumPark.Key], Keys(await SearchAsync(new SearchQuery { MinAvailableMu = 800 })));
        Assert.Equal([BatteryPark.Key, AluminiumPark.Key], Keys(await SearchAsync(new SearchQuery { MaxLandPriceWanPerMu = 15 })));
        Assert.Equal([AluminiumPark.Key], Keys(await SearchAsync(new SearchQuery { MaxPowerPriceYuanPerKwh = 0.30m })));
        Assert.Equal(
            [BatteryPark.Key, SolarProject.Key, AluminiumPark.Key, BondedZone.Key],
            Keys(await SearchAsync(new SearchQuery { Kinds = [SearchKind.Park, SearchKind.Project] })));
    }

    [Fact]
    public async Task In_force_only_drops_policies_outside_their_period_and_keeps_other_kinds()
    {
        await SeedAsync();
        var openEnded = Policy(Honghe, "honghe", "红河哈尼族彝族自治州", "Honghe", "红河州招商引资优惠政策", [], "prefecture", from: null, to: null, published: new DateTime(2020, 1, 1), body: "长期有效。");
        var future = Policy(Honghe, "honghe", "红河哈尼族彝族自治州", "Honghe", "红河州跨境物流扶持办法", ["logistics"], "prefecture", from: new DateOnly(2026, 1, 1), to: null, published: new DateTime(2020, 1, 2), body: "明年施行。");
        await Index.UpsertAsync([openEnded, future]);

        var inForce = Keys(await SearchAsync(new SearchQuery { InForceOnly = true, Today = new DateOnly(2025, 12, 31), PageSize = 100 }));
        Assert.Contains(BatteryPolicy.Key, inForce);
        Assert.Contains(openEnded.Key, inForce);
        Assert.DoesNotContain(ExpiredPolicy.Key, inForce);
        Assert.DoesNotContain(future.Key, inForce);
        Assert.Contains(SolarProject.Key, inForce);
        Assert.Contains(AluminiumPark.Key, inForce);

        var later = Keys(await SearchAsync(new SearchQuery { InForceOnly = true, Today = new DateOnly(2026, 1, 1), Kinds = [SearchKind.Policy] }));
        AssertSameKeys([openEnded.Key, future.Key], later);
    }

    [Fact]
    public async Task Facet_counts_apply_every_filter_but_their_own()
    {
        await SeedAsync();

        var results = await SearchAsync(new SearchQuery { Prefectures = ["qujing"], Kinds = [SearchKind.Park] });

        Assert.Equal(2, results.Total);
        Assert.Equal(new Dictionary<string, long> { ["qujing"] = 2, ["honghe"] = 1 }, Sorted(results.Facets.Prefecture));
        Assert.Equal(new Dictionary<string, long> { ["park"] = 2, ["policy"] = 1 }, Sorted(results.Facets.Kind));
        Assert.Equal(new Dictionary<string, long> { ["green-aluminium"] = 1, ["new-energy-battery"] = 1 }, Sorted(results.Facets.Chain));

        var byChain = await SearchAsync(new SearchQuery { Chains = ["photovoltaic"] });
        Assert.Equal(1, byChain.Total);
        Assert.Equal(5, byChain.Facets.Chain.Count);
        Assert.Equal(2, byChain.Facets.Chain["new-energy-battery"]);
        Assert.Equal(new Dictionary<string, long> { ["kunming"] = 1 }, Sorted(byChain.Facets.Prefecture));
    }

    [Fact]
    public async Task Facets_follow_the_text()
    {
        await SeedAsync();

        var results = await SearchAsync(new SearchQuery { Text = "新能源电池" });

        Assert.Equal(2, results.Total);
        Assert.Equal(new Dictionary<string, long> { ["park"] = 1, ["policy"] = 1 }, Sorted(results.Facets.Kind));
        Assert.Equal(new Dictionary<string, long> { ["qujing"] = 2 }, Sorted(results.Facets.Prefecture));
    }

    public static TheoryData<string> HostileInputs() =>
    [
        "", " ", "\"", "*", "AND(", "\\", "?", "OR", "NOT", "title:*", "tenant:*", "*:*", "((((", "[1 TO 9]", "{*}", "~2", "^10",
        "\"曲靖", "曲靖\\", "绿色铝*", "a && b || !c", "<script>", "\u0000", "\uD800", "％＊＂", "lvl OR 1=1", "' OR ''='",
        string.Concat(Enumerable.Repeat("新能源电池", 2_000)), new string('*', 5_000), string.Concat(Enumerable.Repeat("AND( ", 1_000)),
    ];

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public async Task Query_syntax_and_junk_never_throw_nor_escape_the_tenant(string text)
    {
        await SeedAsync();

        var results = await SearchAsync(new SearchQuery { Text = text, TenantId = Kunming, Alternatives = [text, "*:*"], PageSize = 100 });

        Assert.All(results.Hits, hit => Assert.Equal("kunming", hit.Prefecture));
        Assert.All(results.Facets.Prefecture.Keys, prefecture => Assert.Equal("kunming", prefecture));
        Assert.True(results.Total <= 2);
        await Index.SuggestAsync(text, 10, Kunming);
    }

    [Fact]
    public async Task A_tenant_scoped_query_sees_only_that_tenant()
    {
        await SeedAsync();

        foreach (var query in new[]
        {
            new SearchQuery { TenantId = Qujing, PageSize = 100 },
            new SearchQuery { TenantId = Qujing, Text = "昆明 光伏", PageSize = 100 },
            new SearchQuery { TenantId = Qujing, Text = "光伏", Alternatives = ["太阳能", "红河"], PageSize = 100 },
            new SearchQuery { TenantId = Qujing, Prefectures = ["kunming", "honghe"], PageSize = 100 },
            new SearchQuery { TenantId = Qujing, Text = "kunming", PageSize = 100 },
        })
        {
            var results = await SearchAsync(query);
            Assert.All(results.Hits, hit => Assert.Equal("qujing", hit.Prefecture));
            Assert.All(results.Facets.Prefecture.Keys, prefecture => Assert.Equal("qujing", prefecture));
            Assert.All(results.Facets.Kind.Values, count => Assert.True(count <= 3));
        }

        Assert.Equal(3, (await SearchAsync(new SearchQuery { TenantId = Qujing })).Total);
        Assert.Equal(0, (await SearchAsync(new SearchQuery { TenantId = Guid.NewGuid() })).Total);
        Assert.All(await Index.SuggestAsync("昆明", 10, Qujing), suggestion => Assert.DoesNotContain("昆明", suggestion.Title, StringComparison.Ordinal));
        Assert.NotEmpty(await Index.SuggestAsync("昆明", 10, Kunming));
    }

    [Fact]
    public async Task Paging_walks_all_hits_once_and_beyond_the_end_is_empty()
    {
        await SeedAsync();

        var seen = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var results = await SearchAsync(new SearchQuery { Page = page, PageSize = 2 });
            Assert.Equal(All.Count, results.Total);
            Assert.Equal(2, results.Hits.Count);
            seen.AddRange(Keys(results));
        }

        Assert.Equal(All.Count, seen.Distinct().Count());

        var beyond = await SearchAsync(new SearchQuery { Page = 4, PageSize = 2 });
        Assert.Empty(beyond.Hits);
        Assert.Equal(All.Count, beyond.Total);
        Assert.Equal(3, beyond.Facets.Prefecture.Count);

        var farBeyond = await SearchAsync(new SearchQuery { Text = "曲靖", Page = 1_000_000, PageSize = SearchQuery.MaxPageSize });
        Assert.Empty(farBeyond.Hits);
        Assert.Equal(3, farBeyond.Total);
    }

    [Fact]
    public async Task Relevance_puts_a_title_match_above_a_body_match_and_newest_sorts_by_date()
    {
        await SeedAsync();
        var mentionInBody = Park(Qujing, "qujing", "曲靖市", "Qujing", "曲靖综合物流园", ["logistics"], "prefecture", 50, 10, 0.5m, new DateTime(2025, 6, 1), "入驻企业包括一家光伏支架制造商。", []);
        await Index.UpsertAsync([mentionInBody]);

        var relevance = Keys(await SearchAsync(new SearchQuery { Text = "光伏" }));
        Assert.Equal([SolarProject.Key, mentionInBody.Key], relevance);

        var newest = Keys(await SearchAsync(new SearchQuery { Text = "光伏", Sort = SearchSort.Newest }));
        Assert.Equal([mentionInBody.Key, SolarProject.Key], newest);
    }

    [Fact]
    public async Task Titles_and_snippets_mark_matches_and_encode_everything_else()
    {
        var hostile = SolarProject with
        {
            ItemId = Guid.Parse("30000000-0000-0000-0000-0000000000aa"),
            Title = "<script>alert('光伏')</script> & 组件",
            Body = "<img src=x onerror=alert(1)> 光伏 \"组件\" 5 > 3 & 2 < 4",
        };
        await Index.UpsertAsync([hostile, SolarProject]);

        var results = await SearchAsync(new SearchQuery { Text = "光伏", TenantId = Kunming });

        Assert.Equal(2, results.Total);
        foreach (var hit in results.Hits)
        {
            AssertOnlyEmMarkup(hit.Title);
            AssertOnlyEmMarkup(hit.Snippet);
            Assert.Contains("<em>光伏</em>", hit.Title + hit.Snippet, StringComparison.Ordinal);
        }

        var encoded = results.Hits.Single(hit => hit.ItemId == hostile.ItemId);
        Assert.Contains("&lt;script&gt;", encoded.Title, StringComparison.Ordinal);
        Assert.Contains("&quot;组件&quot; 5 &gt; 3 &amp; 2 &lt; 4", encoded.Snippet, StringComparison.Ordinal);
        Assert.Contains("&amp;", encoded.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_snippet_without_a_match_is_the_start_of_the_body()
    {
        var longBody = SolarProject with { Body = string.Concat(Enumerable.Repeat("园区配套完善。", 60)) };
        await Index.UpsertAsync([longBody]);

        var hit = Assert.Single((await SearchAsync(new SearchQuery { Text = "光伏" })).Hits);

        Assert.StartsWith("园区配套完善。", hit.Snippet, StringComparison.Ordinal);
        Assert.True(hit.Snippet.Length <= 200);
        Assert.Contains("<em>光伏</em>", hit.Title, StringComparison.Ordinal);

        var noText = Assert.Single((await SearchAsync(new SearchQuery())).Hits);
        Assert.Equal("昆明光伏组件生产线项目", noText.Title);
    }

    /// <summary>
    /// A body of 20,000 characters (60,000 bytes of UTF-8: more than the embedded engine's hit card holds) whose
    /// only match is at its very end: it is found, and its snippet shows the words there, whole and marked.
    /// </summary>
    [Fact]
    public async Task A_very_long_body_is_found_and_snippeted_where_the_words_are()
    {
        var filler = string.Concat(Enumerable.Repeat("园区配套完善，交通便利。", 1_700));
        var longBody = AluminiumPark with
        {
            ItemId = Guid.Parse("30000000-0000-0000-0000-0000000000bb"),
            Title = "滇中物流园",
            Keywords = [],
            Body = filler + "重点引进稀土永磁材料项目。",
        };
        await Index.UpsertAsync([longBody, SolarProject]);

        var hit = Assert.Single((await SearchAsync(new SearchQuery { Text = "稀土永磁" })).Hits);

        Assert.Equal(longBody.ItemId, hit.ItemId);
        Assert.Equal("滇中物流园", hit.Title);
        Assert.Equal(longBody.Url, hit.Url);
        Assert.Equal(longBody.PublishedAt, hit.PublishedAt);
        Assert.Contains("<em>稀土永磁</em>", hit.Snippet, StringComparison.Ordinal);
        Assert.EndsWith("材料项目。", hit.Snippet, StringComparison.Ordinal);
        Assert.True(hit.Snippet.Length <= 200);
    }

    [Theory]
    [InlineData("lvselv")]
    [InlineData("lsl")]
    [InlineData("LvSeLv")]
    [InlineData("lv se lv")]
    public async Task Pinyin_and_initials_find_the_chinese_title(string typed)
    {
        await SeedAsync();

        var results = await SearchAsync(new SearchQuery { Text = typed });

        Assert.Equal(AluminiumPark.Key, Keys(results).First());
    }

    [Fact]
    public async Task Pinyin_of_the_prefecture_finds_its_items()
    {
        await SeedAsync();

        var keys = Keys(await SearchAsync(new SearchQuery { Text = "qujing", PageSize = 100 }));

        AssertSameKeys([AluminiumPark.Key, BatteryPark.Key, BatteryPolicy.Key], keys);
    }

    [Theory]
    [InlineData("曲靖", "qujing", 3)]
    [InlineData("曲靖市", "qujing", 3)]
    [InlineData("红河", "honghe", 1)]
    [InlineData("红河州", "honghe", 1)]
    [InlineData("红河哈尼族彝族自治州", "honghe", 1)]
    [InlineData("Kunming", "kunming", 2)]
    public async Task A_prefecture_matches_with_or_without_its_suffix(string text, string prefecture, int expected)
    {
        await SeedAsync();

        var results = await SearchAsync(new SearchQuery { Text = text, PageSize = 100 });

        Assert.Equal(expected, results.Total);
        Assert.All(results.Hits, hit => Assert.Equal(prefecture, hit.Prefecture));
    }

    [Fact]
    public async Task Prefecture_and_industry_together_narrow_to_both()
    {
        await SeedAsync();

        var keys = Keys(await SearchAsync(new SearchQuery { Text = "曲靖 新能源电池" }));

        AssertSameKeys([BatteryPark.Key, BatteryPolicy.Key], keys);
    }

    [Fact]
    public async Task Alternatives_find_synonyms_ranked_below_the_text()
    {
        await SeedAsync();

        var results = await SearchAsync(new SearchQuery { Text = "太阳能", Alternatives = ["光伏"] });
        Assert.Equal(SolarProject.Key, Keys(results).First());

        var battery = Keys(await SearchAsync(new SearchQuery { Text = "锂电", Alternatives = ["新能源电池", "动力电池"] }));
        Assert.Contains(BatteryPark.Key, battery);
        Assert.Contains(BatteryPolicy.Key, battery);
        Assert.DoesNotContain(AluminiumPark.Key, battery);
    }

    [Fact]
    public async Task Unknown_filter_values_give_an_empty_answer()
    {
        await SeedAsync();

        var results = await SearchAsync(new SearchQuery { Prefectures = ["atlantis"], Chains = ["no-such-chain"], Levels = ["galactic"] });

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public async Task Suggestions_complete_chinese_and_pinyin_prefixes()
    {
        await SeedAsync();

        var chinese = await Index.SuggestAsync("曲靖", 5);
        Assert.Contains(chinese, suggestion => suggestion.ItemId == AluminiumPark.ItemId && suggestion.Kind == SearchKind.Park && suggestion.Url == AluminiumPark.Url);
        Assert.Contains(chinese, suggestion => suggestion.ItemId == BatteryPolicy.ItemId);

        var pinyin = await Index.SuggestAsync("zhanyi", 5);
        Assert.Equal(BatteryPark.ItemId, pinyin[0].ItemId);

        var initials = await Index.SuggestAsync("hhzh", 5);
        Assert.Equal(BondedZone.ItemId, initials[0].ItemId);

        Assert.Single(await Index.SuggestAsync("曲靖", 1));
        Assert.Empty(await Index.SuggestAsync("", 5));
        Assert.Empty(await Index.SuggestAsync("曲靖", 0));
    }

    [Fact]
    public async Task A_rebuild_swaps_in_a_new_index_and_keeps_answering_meanwhile()
    {
        await SeedAsync();

        await using (var rebuild = await Index.BeginRebuildAsync())
        {
            await rebuild.AddAsync([AluminiumPark, BatteryPark]);

            // The live index still answers with everything and still takes writes.
            Assert.Equal(All.Count, (await SearchAsync(new SearchQuery())).Total);
            var lateComer = SolarProject with { ItemId = Guid.Parse("30000000-0000-0000-0000-0000000000bb"), Title = "昆明储能电站项目" };
            await Index.UpsertAsync([lateComer]);
            await Index.DeleteAsync([BatteryPark.Key]);
            Assert.Equal(All.Count, (await SearchAsync(new SearchQuery())).Total);

            // The rebuild read an older state of the deleted item: it must not come back.
            await rebuild.AddAsync([BatteryPark, BatteryPolicy]);
            await rebuild.CompleteAsync();

            var keys = Keys(await SearchAsync(new SearchQuery { PageSize = 100 }));
            AssertSameKeys([AluminiumPark.Key, BatteryPolicy.Key, lateComer.Key], keys);
        }

        Assert.Equal(3, await Index.CountAsync());
        Assert.Equal(AluminiumPark.Key, Keys(await SearchAsync(new SearchQuery { Text = "绿色铝" })).Single());
        await Index.UpsertAsync([SolarProject]);
        Assert.Equal(4, await Index.CountAsync());
    }

    [Fact]
    public async Task An_abandoned_rebuild_leaves_the_live_index_alone()
    {
        await SeedAsync();

        await using (var rebuild = await Index.BeginRebuildAsync())
        {
            await rebuild.AddAsync([AluminiumPark]);
        }

        Assert.Equal(All.Count, await Index.CountAsync());
        await using var next = await Index.BeginRebuildAsync();
        await next.AddAsync(All);
        await next.CompleteAsync();
        Assert.Equal(All.Count, await Index.CountAsync());
    }

    [Fact]
    public async Task Concurrent_writes_and_searches_do_not_interfere()
    {
        await SeedAsync();
        var extra = Enumerable.Range(0, 40)
            .Select(i => BatteryPark with { ItemId = Guid.Parse($"40000000-0000-0000-0000-{i:D12}"), Title = $"沾益新能源电池产业园{i}号地块" })
            .ToList();

        await Task.WhenAll(
            Task.WhenAll(extra.Chunk(5).Select(chunk => Task.Run(() => Index.UpsertAsync(chunk)))),
            Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => SearchAsync(new SearchQuery { Text = "新能源电池" })))));

        Assert.Equal(All.Count + extra.Count, await Index.CountAsync());
        Assert.Equal(extra.Count + 2, (await SearchAsync(new SearchQuery { Text = "新能源电池" })).Total);
    }

    private static void AssertSameKeys(IEnumerable<string> expected, IEnumerable<string> actual) =>
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));

    private static void AssertOnlyEmMarkup(string html)
    {
        var withoutEm = html.Replace("<em>", "", StringComparison.Ordinal).Replace("</em>", "", StringComparison.Ordinal);
        Assert.DoesNotContain("<", withoutEm, StringComparison.Ordinal);
        Assert.DoesNotContain(">", withoutEm, StringComparison.Ordinal);
        Assert.DoesNotContain("\"", withoutEm, StringComparison.Ordinal);
    }

    private static SortedDictionary<string, long> Sorted(IReadOnlyDictionary<string, long> counts) => new(counts.ToDictionary(), StringComparer.Ordinal);
}
