using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Search.Elasticsearch;

namespace Portal.Search.Tests.Elasticsearch;

public sealed class IndexCreationTests
{
    [Fact]
    public async Task First_use_without_an_alias_creates_a_timestamped_index_with_the_checked_in_settings_and_mappings()
    {
        var harness = new EngineHarness()
            .On("HEAD", $"/_alias/{EngineHarness.Alias}", new CannedResponse(404, ""))
            .On("PUT", $"/{EngineHarness.NewIndex}", new CannedResponse(200, """{"acknowledged":true,"shards_acknowledged":true}"""))
            .On("GET", $"/_alias/{EngineHarness.Alias}", EngineHarness.AliasPointsAt(EngineHarness.NewIndex));

        await harness.Engine.EnsureIndexAsync();

        var create = harness.Single("PUT", $"/{EngineHarness.NewIndex}");
        AssertJsonEqual(Expected("create-catalogue-index.json"), EngineHarness.Json(create));
    }

    [Fact]
    public async Task The_fallback_analyzer_replaces_smartcn_on_every_Chinese_text_field_and_nothing_else_changes()
    {
        var harness = new EngineHarness(new ElasticsearchOptions { Url = "http://es.test:9200", ChineseAnalyzer = "cjk", NumberOfReplicas = 0 })
            .On("HEAD", $"/_alias/{EngineHarness.Alias}", new CannedResponse(404, ""))
            .On("PUT", $"/{EngineHarness.NewIndex}", new CannedResponse(200, """{"acknowledged":true}"""))
            .On("GET", $"/_alias/{EngineHarness.Alias}", EngineHarness.AliasPointsAt(EngineHarness.NewIndex));

        await harness.Engine.EnsureIndexAsync();

        var expected = Expected("create-catalogue-index.json");
        foreach (var field in new[] { "title", "keywords", "body", "prefecture_names" })
        {
            expected["mappings"]!["properties"]![field]!["analyzer"] = "cjk";
        }

        expected["settings"]!["number_of_replicas"] = 0;
        AssertJsonEqual(expected, EngineHarness.Json(harness.Single("PUT", $"/{EngineHarness.NewIndex}")));
    }

    [Fact]
    public async Task An_existing_alias_is_used_as_it_is_and_checked_only_once()
    {
        var harness = new EngineHarness();

        await harness.Engine.EnsureIndexAsync();
        await harness.Engine.EnsureIndexAsync();

        var request = Assert.Single(harness.Requests);
        Assert.Equal("HEAD", request.Method);
        Assert.Equal($"/_alias/{EngineHarness.Alias}", request.Path);
    }

    [Fact]
    public async Task When_another_node_created_an_index_at_the_same_moment_the_later_name_steps_back()
    {
        const string Earlier = "portal-catalogue-20261125083015000";
        var harness = new EngineHarness()
            .On("HEAD", $"/_alias/{EngineHarness.Alias}", new CannedResponse(404, ""))
            .On("PUT", $"/{EngineHarness.NewIndex}", new CannedResponse(200, """{"acknowledged":true}"""))
            .On("GET", $"/_alias/{EngineHarness.Alias}", EngineHarness.AliasPointsAt(EngineHarness.NewIndex, Earlier))
            .On("POST", "/_aliases", new CannedResponse(200, """{"acknowledged":true}"""))
            .On("DELETE", $"/{EngineHarness.NewIndex}", new CannedResponse(200, """{"acknowledged":true}"""));

        await harness.Engine.EnsureIndexAsync();

        AssertJsonEqual(
            JsonNode.Parse($$$"""{"actions":[{"remove":{"index":"{{{EngineHarness.NewIndex}}}","alias":"{{{EngineHarness.Alias}}}"}}]}""")!,
            EngineHarness.Json(harness.Single("POST", "/_aliases")));
        harness.Single("DELETE", $"/{EngineHarness.NewIndex}");
    }

    [Fact]
    public async Task A_cluster_error_becomes_a_clear_exception_without_credentials()
    {
        var harness = new EngineHarness(new ElasticsearchOptions { Url = "http://es.test:9200", Username = "portal", Password = "s3cret-pass" })
            .On("HEAD", $"/_alias/{EngineHarness.Alias}", new CannedResponse(404, ""))
            .On("PUT", $"/{EngineHarness.NewIndex}", new CannedResponse(400, """
                {"error":{"root_cause":[],"type":"illegal_argument_exception","reason":"failed to find analyzer [smartcn]"},"status":400}
                """));

        var exception = await Assert.ThrowsAsync<ElasticsearchSearchException>(() => harness.Engine.EnsureIndexAsync());

        Assert.Equal(400, exception.StatusCode);
        Assert.Contains("create the catalogue index", exception.Message, StringComparison.Ordinal);
        Assert.Contains("failed to find analyzer [smartcn]", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pass", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vanished_index_is_created_again_on_the_next_call()
    {
        var harness = new EngineHarness()
            .On("POST", $"/{EngineHarness.Alias}/_count", new CannedResponse(404, """
                {"error":{"type":"index_not_found_exception","reason":"no such index [portal-catalogue]"},"status":404}
                """));
        await Assert.ThrowsAsync<ElasticsearchSearchException>(() => harness.Engine.CountAsync());
        harness.On("HEAD", $"/_alias/{EngineHarness.Alias}", new CannedResponse(404, ""))
            .On("PUT", $"/{EngineHarness.NewIndex}", new CannedResponse(200, """{"acknowledged":true}"""))
            .On("GET", $"/_alias/{EngineHarness.Alias}", EngineHarness.AliasPointsAt(EngineHarness.NewIndex))
            .On("POST", $"/{EngineHarness.Alias}/_count", new CannedResponse(200, """{"count":0,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0}}"""));

        Assert.Equal(0, await harness.Engine.CountAsync());

        harness.Single("PUT", $"/{EngineHarness.NewIndex}");
    }

    internal static JsonNode Expected(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Elasticsearch", "Expected", name)))!;

    internal static void AssertJsonEqual(JsonNode expected, JsonNode actual)
    {
        if (!JsonNode.DeepEquals(expected, actual))
        {
            var options = new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            Assert.Fail($"JSON differs.\nExpected:\n{expected.ToJsonString(options)}\nActual:\n{actual.ToJsonString(options)}");
        }
    }
}
