using System.Text.Json.Nodes;

namespace Portal.Search.Tests.Elasticsearch;

public sealed class SearchRequestTests
{
    private const string EmptyResponse = """
        {"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
         "hits":{"total":{"value":0,"relation":"eq"},"max_score":null,"hits":[]}}
        """;

    private static readonly Guid Tenant = SampleDocuments.Qujing;

    private static readonly JsonNode TenantTerm = new JsonObject
    {
        ["term"] = new JsonObject { ["tenant_id"] = new JsonObject { ["value"] = Tenant.ToString("D") } },
    };

    private static SearchQuery EveryFilter() => new()
    {
        Text = "绿色铝",
        Alternatives = ["电解铝"],
        TenantId = Tenant,
        Kinds = [SearchKind.Park, SearchKind.Policy],
        Prefectures = ["qujing", "kunming"],
        Chains = ["green-aluminium"],
        Levels = ["national", "provincial"],
        MinAvailableMu = 100m,
        MaxLandPriceWanPerMu = 12.5m,
        MaxPowerPriceYuanPerKwh = 0.4m,
        InForceOnly = true,
        Today = new DateOnly(2026, 11, 25),
        Sort = SearchSort.Relevance,
        Page = 3,
        PageSize = 10,
    };

    [Fact]
    public async Task A_query_with_every_filter_becomes_the_checked_in_request()
    {
        var body = await SearchBodyAsync(EveryFilter());

        IndexCreationTests.AssertJsonEqual(IndexCreationTests.Expected("search-every-filter.json"), body);
    }

    [Fact]
    public async Task Every_query_is_confined_to_the_tenant_in_the_scoring_query_not_only_in_the_post_filter()
    {
        foreach (var query in new[] { EveryFilter(), new SearchQuery { TenantId = Tenant }, new SearchQuery { TenantId = Tenant, Text = "lvl" } })
        {
            var body = await SearchBodyAsync(query);

            var filters = Items(body["query"]!["bool"]!["filter"]!);
            Assert.Contains(filters, filter => JsonNode.DeepEquals(filter, TenantTerm));
        }

        var unscoped = await SearchBodyAsync(new SearchQuery { Text = "铝" });
        Assert.DoesNotContain("tenant_id", unscoped.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_facet_counts_with_every_filter_but_its_own()
    {
        var body = await SearchBodyAsync(EveryFilter());

        var kinds = Terms(body["post_filter"]!, "kind");
        var prefectures = Terms(body["post_filter"]!, "prefecture");
        var chains = Terms(body["post_filter"]!, "chains");
        Assert.Equal(["park", "policy"], kinds);
        Assert.Equal(["qujing", "kunming"], prefectures);
        Assert.Equal(["green-aluminium"], chains);

        var aggregations = body["aggregations"]!;
        AssertFacet(aggregations["facet_kind"]!, "kind", without: "kind", with: ["prefecture", "chains"]);
        AssertFacet(aggregations["facet_prefecture"]!, "prefecture", without: "prefecture", with: ["kind", "chains"]);
        AssertFacet(aggregations["facet_chain"]!, "chains", without: "chains", with: ["kind", "prefecture"]);

        // The unfacetted filters sit in the query, so they narrow the hits and every facet alike.
        var queryFilters = body["query"]!["bool"]!["filter"]!.ToJsonString();
        foreach (var field in new[] { "level", "available_land_mu", "land_price_wan_per_mu", "power_price_yuan_per_kwh", "effective_from" })
        {
            Assert.Contains(field, queryFilters, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("AND(")]
    [InlineData("\\")]
    [InlineData("title:曲靖 OR tenant_id:* {\"match_all\":{}}")]
    public async Task Query_syntax_in_the_text_only_ever_reaches_Elasticsearch_as_match_text(string text)
    {
        var body = await SearchBodyAsync(new SearchQuery { Text = text, TenantId = Tenant });

        var json = body.ToJsonString();
        Assert.DoesNotContain("query_string", json, StringComparison.Ordinal);
        Assert.DoesNotContain("simple_query_string", json, StringComparison.Ordinal);
        Assert.DoesNotContain("match_all\":{}}\"", json, StringComparison.Ordinal);

        // Whatever survived normalisation appears only as the "query" of match-type queries.
        foreach (var (path, value) in Strings(body["query"]!, "query"))
        {
            Assert.True(
                path.EndsWith("multi_match.query", StringComparison.Ordinal) || path.Contains("match_phrase.", StringComparison.Ordinal),
                $"{path} = {value}");
            Assert.DoesNotContain(value, c => c is '"' or '*' or '\\' or '(' or ':' or '{');
        }

        // And the tenant filter is still there.
        Assert.Contains(Tenant.ToString("D"), body["query"]!["bool"]!["filter"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latin_letters_also_search_the_pinyin_terms_as_prefixes_joined_and_word_by_word()
    {
        var body = await SearchBodyAsync(new SearchQuery { Text = "Lv Se Lv" });

        var prefixes = Nodes(body["query"]!, "prefix").Select(node => node.ToJsonString()).ToList();
        foreach (var expected in new[]
        {
            """{"pinyin_full":{"boost":3,"value":"lvselv"}}""",
            """{"keywords_pinyin_full":{"boost":1.5,"value":"lvselv"}}""",
            """{"pinyin_initials":{"boost":2.5,"value":"lvselv"}}""",
            """{"keywords_pinyin_initials":{"boost":1.2,"value":"lvselv"}}""",
            """{"pinyin_full":{"boost":3,"value":"se"}}""",
        })
        {
            Assert.Contains(prefixes, prefix => JsonNode.DeepEquals(JsonNode.Parse(prefix), JsonNode.Parse(expected)));
        }

        // Initials are indexed for eight characters: a longer key is only tried as full pinyin.
        var longKey = await SearchBodyAsync(new SearchQuery { Text = "qujingjingjikaifaqu" });
        Assert.DoesNotContain("initials", longKey["query"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("pinyin_full", longKey["query"]!.ToJsonString(), StringComparison.Ordinal);

        var chinese = await SearchBodyAsync(new SearchQuery { Text = "绿色铝" });
        Assert.DoesNotContain("pinyin", chinese["query"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_text_everything_that_passes_the_filters_comes_newest_first_without_highlighting()
    {
        var body = await SearchBodyAsync(new SearchQuery { Page = 1, PageSize = 20 });

        IndexCreationTests.AssertJsonEqual(JsonNode.Parse("""{"match_all":{}}""")!, Items(body["query"]!["bool"]!["must"]!)[0]);
        IndexCreationTests.AssertJsonEqual(
            JsonNode.Parse("""[{"published_at":{"order":"desc"}},{"_score":{"order":"desc"}},{"key":{"order":"asc"}}]""")!,
            body["sort"]!);
        Assert.Null(body["highlight"]);
        Assert.Equal(0, (int)body["from"]!);
        Assert.Equal(20, (int)body["size"]!);
    }

    [Fact]
    public async Task Alternatives_count_a_little_less_and_only_alongside_typed_text()
    {
        var alternatives = Enumerable.Range(1, 20).Select(i => $"同义词{i}").Prepend("绿色铝").Prepend("*:*").ToList();
        var body = await SearchBodyAsync(new SearchQuery { Text = "绿色铝", Alternatives = alternatives });

        var phrasings = Items(Items(body["query"]!["bool"]!["must"]!)[0]["dis_max"]!["queries"]!);
        Assert.Equal(1 + Portal.Search.Chinese.SynonymExpander.MaxAlternatives, phrasings.Count);
        Assert.Equal(1, (double)phrasings[0]["bool"]!["boost"]!);
        Assert.All(phrasings.Skip(1), phrasing => Assert.Equal(0.7, (double)phrasing["bool"]!["boost"]!, 3));

        var withoutText = await SearchBodyAsync(new SearchQuery { Alternatives = ["光伏"] });
        IndexCreationTests.AssertJsonEqual(JsonNode.Parse("""{"match_all":{}}""")!, Items(withoutText["query"]!["bool"]!["must"]!)[0]);
    }

    [Fact]
    public async Task Newest_sort_with_text_orders_by_publication_then_score()
    {
        var body = await SearchBodyAsync(new SearchQuery { Text = "铝", Sort = SearchSort.Newest });

        IndexCreationTests.AssertJsonEqual(
            JsonNode.Parse("""[{"published_at":{"order":"desc"}},{"_score":{"order":"desc"}},{"key":{"order":"asc"}}]""")!,
            body["sort"]!);
    }

    [Fact]
    public async Task Suggestions_match_title_prefixes_and_pinyin_within_the_tenant()
    {
        var harness = new EngineHarness().On("POST", $"/{EngineHarness.Alias}/_search", new CannedResponse(200, EmptyResponse));

        await harness.Engine.SuggestAsync("qj", 5, Tenant);

        var body = EngineHarness.Json(harness.Single("POST", $"/{EngineHarness.Alias}/_search"));
        Assert.Equal(5, (int)body["size"]!);
        var filter = body["query"]!["bool"]!["filter"]!.ToJsonString();
        Assert.Contains(Tenant.ToString("D"), filter, StringComparison.Ordinal);
        var should = body["query"]!["bool"]!["should"]!.ToJsonString();
        Assert.Contains("title.prefix", should, StringComparison.Ordinal);
        Assert.Contains("pinyin_initials", should, StringComparison.Ordinal);
    }

    private static async Task<JsonNode> SearchBodyAsync(SearchQuery query)
    {
        var harness = new EngineHarness().On("POST", $"/{EngineHarness.Alias}/_search", new CannedResponse(200, EmptyResponse));
        await harness.Engine.SearchAsync(query);
        return EngineHarness.Json(harness.Single("POST", $"/{EngineHarness.Alias}/_search"));
    }

    private static List<string> Terms(JsonNode filter, string field)
    {
        var found = filter.ToJsonString();
        var terms = Items(filter["bool"]!["filter"]!)
            .Select(node => node["terms"])
            .FirstOrDefault(node => node?[field] is not null);
        Assert.True(terms is not null, $"no terms filter on {field} in {found}");
        return terms![field]!.AsArray().Select(value => (string)value!).ToList();
    }

    /// <summary>The client writes a one-element list as the element itself (both are valid query DSL).</summary>
    private static List<JsonNode> Items(JsonNode node) =>
        node is JsonArray array ? array.Select(item => item!).ToList() : [node];

    private static void AssertFacet(JsonNode facet, string field, string without, string[] with)
    {
        var filter = facet["filter"]!;
        Assert.DoesNotContain($"\"{without}\"", filter.ToJsonString(), StringComparison.Ordinal);
        foreach (var other in with)
        {
            Assert.Contains($"\"{other}\"", filter.ToJsonString(), StringComparison.Ordinal);
        }

        IndexCreationTests.AssertJsonEqual(JsonNode.Parse($$$"""{"terms":{"field":"{{{field}}}","size":100}}""")!, facet["aggregations"]!["values"]!);
    }

    /// <summary>Every object property named <paramref name="name"/> below <paramref name="node"/>.</summary>
    private static IEnumerable<JsonNode> Nodes(JsonNode node, string name)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, child) in obj)
            {
                if (child is null)
                {
                    continue;
                }

                if (key == name)
                {
                    yield return child;
                }

                foreach (var found in Nodes(child, name))
                {
                    yield return found;
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.OfType<JsonNode>().SelectMany(child => Nodes(child, name)))
            {
                yield return child;
            }
        }
    }

    /// <summary>Every string property named <paramref name="name"/> below <paramref name="node"/>, with its path.</summary>
    private static IEnumerable<(string Path, string Value)> Strings(JsonNode node, string name, string path = "")
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    if (child is JsonValue value && key == name && value.TryGetValue<string>(out var text))
                    {
                        yield return ($"{path}.{key}", text);
                    }
                    else if (child is not null)
                    {
                        foreach (var found in Strings(child, name, $"{path}.{key}"))
                        {
                            yield return found;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        foreach (var found in Strings(child, name, path))
                        {
                            yield return found;
                        }
                    }
                }

                break;
        }
    }
}
