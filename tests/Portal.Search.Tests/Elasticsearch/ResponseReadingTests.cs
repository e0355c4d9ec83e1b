using Portal.Search.Elasticsearch;

namespace Portal.Search.Tests.Elasticsearch;

public sealed class ResponseReadingTests
{
    private static readonly Guid ParkId = SampleDocuments.Park;
    private static readonly Guid PolicyId = SampleDocuments.Policy;

    /// <summary>What Elasticsearch answers with typed_keys (the client asks for them): aggregation names carry their type.</summary>
    private static readonly string CannedSearch = $$$"""
        {
          "took": 4, "timed_out": false,
          "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
          "hits": {
            "total": {"value": 42, "relation": "eq"},
            "max_score": 7.5,
            "hits": [
              {
                "_index": "portal-catalogue-20261125083015123", "_id": "park:{{{ParkId}}}", "_score": 7.5,
                "_source": {
                  "key": "park:{{{ParkId}}}", "kind": "park", "item_id": "{{{ParkId}}}",
                  "tenant_id": "{{{SampleDocuments.Qujing}}}", "prefecture": "qujing",
                  "title": "曲靖绿色铝产业园 <b>新</b>", "body": "园区以绿色铝为主导产业。",
                  "published_at": "2026-03-01T02:00:00+00:00", "url": "/t/qujing/parks/{{{ParkId}}}"
                },
                "highlight": {
                  "title": ["曲靖<em>绿色</em><em>铝</em>产业园 &lt;b&gt;新&lt;&#x2F;b&gt;"],
                  "body": ["园区以<em>绿色</em><em>铝</em>为主导产业，<script>alert(1)</script>"]
                }
              },
              {
                "_index": "portal-catalogue-20261125083015123", "_id": "policy:{{{PolicyId}}}", "_score": 2.25,
                "_source": {
                  "key": "policy:{{{PolicyId}}}", "kind": "policy", "item_id": "{{{PolicyId}}}",
                  "tenant_id": "{{{SampleDocuments.Qujing}}}", "prefecture": "qujing",
                  "title": "<i>曲靖市</i>新能源电池产业扶持办法", "body": "对新落户的电池企业 & 项目给予电价补贴。",
                  "published_at": "2026-01-05T08:00:00+08:00", "url": "/t/qujing/policies/{{{PolicyId}}}"
                },
                "highlight": {
                  "title.bigram": ["&lt;i&gt;曲靖市&lt;&#x2F;i&gt;新能源<em>电池</em>产业扶持办法"],
                  "body": ["对新落户的电池企业 &amp; 项目给予电价补贴。"]
                }
              },
              {
                "_index": "portal-catalogue-20261125083015123", "_id": "stray", "_score": 1.0,
                "_source": {"key": "stray", "kind": "brochure", "item_id": "{{{Guid.Empty}}}", "tenant_id": "{{{Guid.Empty}}}",
                  "prefecture": "x", "title": "x", "published_at": "2026-01-01T00:00:00Z", "url": "/x"}
              }
            ]
          },
          "aggregations": {
            "filter#facet_kind": {"doc_count": 42, "sterms#values": {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
              "buckets": [{"key": "park", "doc_count": 30}, {"key": "policy", "doc_count": 12}]}},
            "filter#facet_prefecture": {"doc_count": 50, "sterms#values": {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
              "buckets": [{"key": "qujing", "doc_count": 42}, {"key": "kunming", "doc_count": 8}]}},
            "filter#facet_chain": {"doc_count": 42, "sterms#values": {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
              "buckets": [{"key": "green-aluminium", "doc_count": 30}]}}
          }
        }
        """;

    [Fact]
    public async Task Hits_totals_and_typed_facet_aggregations_become_search_results()
    {
        var results = await SearchAsync();

        Assert.Equal(42, results.Total);
        Assert.Equal(2, results.Hits.Count); // the document of an unknown kind is not shown

        var park = results.Hits[0];
        Assert.Equal(SearchKind.Park, park.Kind);
        Assert.Equal(ParkId, park.ItemId);
        Assert.Equal("qujing", park.Prefecture);
        Assert.Equal($"/t/qujing/parks/{ParkId}", park.Url);
        Assert.Equal(7.5, park.Score);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero), park.PublishedAt);

        var policy = results.Hits[1];
        Assert.Equal(SearchKind.Policy, policy.Kind);
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero), policy.PublishedAt);

        Assert.Equal(new Dictionary<string, long> { ["park"] = 30, ["policy"] = 12 }, results.Facets.Kind);
        Assert.Equal(new Dictionary<string, long> { ["qujing"] = 42, ["kunming"] = 8 }, results.Facets.Prefecture);
        Assert.Equal(new Dictionary<string, long> { ["green-aluminium"] = 30 }, results.Facets.Chain);
    }

    [Fact]
    public async Task Highlights_keep_only_em_markup_and_adjacent_marks_join()
    {
        var results = await SearchAsync();

        var park = results.Hits[0];
        Assert.Equal("曲靖<em>绿色铝</em>产业园 &lt;b&gt;新&lt;/b&gt;", park.Title);

        // Even markup the server failed to escape comes out as text.
        Assert.Equal("园区以<em>绿色铝</em>为主导产业，&lt;script&gt;alert(1)&lt;/script&gt;", park.Snippet);
    }

    [Fact]
    public async Task The_bigram_highlight_stands_in_when_the_words_did_not_match_and_plain_text_is_encoded()
    {
        var results = await SearchAsync();

        var policy = results.Hits[1];
        Assert.Equal("&lt;i&gt;曲靖市&lt;/i&gt;新能源<em>电池</em>产业扶持办法", policy.Title);
        Assert.Equal("对新落户的电池企业 &amp; 项目给予电价补贴。", policy.Snippet);
    }

    [Fact]
    public void A_hit_without_highlights_shows_its_encoded_title_and_the_start_of_its_body()
    {
        Assert.Equal("&lt;i&gt;曲靖&lt;/i&gt; &amp; 昆明", HighlightedHtml.FromPlainText("<i>曲靖</i> & 昆明", int.MaxValue));
        Assert.Equal("园区", HighlightedHtml.FromPlainText("园区配套", 2));
        Assert.Equal("a<em>b</em>c<em>d</em>", HighlightedHtml.FromFragment("a<em>b</em>c<em>d"));
        Assert.Equal("&amp;lt;", HighlightedHtml.FromFragment("&amp;lt;"));
    }

    [Fact]
    public async Task Suggestions_carry_kind_id_title_and_url()
    {
        var harness = new EngineHarness().On("POST", $"/{EngineHarness.Alias}/_search", new CannedResponse(200, CannedSearch));

        var suggestions = await harness.Engine.SuggestAsync("曲靖", 5);

        Assert.Equal(
            [
                new SearchSuggestion(SearchKind.Park, ParkId, "曲靖绿色铝产业园 <b>新</b>", $"/t/qujing/parks/{ParkId}"),
                new SearchSuggestion(SearchKind.Policy, PolicyId, "<i>曲靖市</i>新能源电池产业扶持办法", $"/t/qujing/policies/{PolicyId}"),
            ],
            suggestions);
    }

    [Fact]
    public async Task An_unreachable_cluster_becomes_a_clear_exception()
    {
        var harness = new EngineHarness().On("POST", $"/{EngineHarness.Alias}/_search", new CannedResponse(503, """
            {"error":{"type":"cluster_block_exception","reason":"blocked by: [SERVICE_UNAVAILABLE/1/state not recovered];"},"status":503}
            """));

        var exception = await Assert.ThrowsAsync<ElasticsearchSearchException>(() => harness.Engine.SearchAsync(new SearchQuery { Text = "铝" }));

        Assert.Equal(503, exception.StatusCode);
        Assert.Contains("cluster_block_exception", exception.Message, StringComparison.Ordinal);
    }

    private static async Task<SearchResults> SearchAsync()
    {
        var harness = new EngineHarness().On("POST", $"/{EngineHarness.Alias}/_search", new CannedResponse(200, CannedSearch));
        return await harness.Engine.SearchAsync(new SearchQuery { Text = "绿色铝" });
    }
}
