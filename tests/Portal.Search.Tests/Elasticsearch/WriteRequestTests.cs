using System.Text.Json.Nodes;
using Portal.Search.Elasticsearch;

namespace Portal.Search.Tests.Elasticsearch;

public sealed class WriteRequestTests
{
    private const string BulkOk = """{"took":3,"errors":false,"items":[]}""";

    [Fact]
    public async Task Upsert_is_one_bulk_of_index_operations_by_key_through_the_alias_visible_when_it_returns()
    {
        var harness = new EngineHarness().On("POST", $"/{EngineHarness.Alias}/_bulk", new CannedResponse(200, BulkOk));
        var park = SampleDocuments.AluminiumPark();
        var policy = SampleDocuments.SubsidyPolicy();

        await harness.Engine.UpsertAsync([park, policy]);

        var bulk = harness.Single("POST", $"/{EngineHarness.Alias}/_bulk");
        Assert.Contains("refresh=wait_for", bulk.Query, StringComparison.Ordinal);
        Assert.Contains("require_alias=true", bulk.Query, StringComparison.Ordinal);
        var lines = EngineHarness.Lines(bulk);
        Assert.Equal(4, lines.Count);
        IndexCreationTests.AssertJsonEqual(JsonNode.Parse($$$"""{"index":{"_id":"{{{park.Key}}}"}}""")!, lines[0]);
        IndexCreationTests.AssertJsonEqual(JsonNode.Parse($$$"""{"index":{"_id":"{{{policy.Key}}}"}}""")!, lines[2]);

        var parkSource = lines[1];
        Assert.Equal("park", (string?)parkSource["kind"]);
        Assert.Equal(park.TenantId.ToString("D"), (string?)parkSource["tenant_id"]);
        Assert.Equal("qujing", (string?)parkSource["prefecture"]);
        Assert.Equal(["曲靖市", "曲靖", "Qujing"], Strings(parkSource["prefecture_names"]));
        Assert.Equal("曲靖绿色铝产业园", (string?)parkSource["title"]);
        Assert.Equal(["green-aluminium"], Strings(parkSource["chains"]));
        Assert.Equal("national", (string?)parkSource["level"]);
        Assert.Equal(1200.5m, (decimal)parkSource["available_land_mu"]!);
        Assert.Equal(0.35m, (decimal)parkSource["power_price_yuan_per_kwh"]!);
        Assert.Equal(park.PublishedAt, (DateTimeOffset)parkSource["published_at"]!);

        // Pinyin terms start at every character, so typed pinyin matches as a prefix anywhere in the title.
        Assert.Contains("lvselv", Strings(parkSource["pinyin_full"]).Select(term => term[..Math.Min(6, term.Length)]));
        Assert.Contains(Strings(parkSource["pinyin_full"]), term => term.StartsWith("qujing", StringComparison.Ordinal));
        Assert.Contains(Strings(parkSource["pinyin_initials"]), term => term.StartsWith("lsl", StringComparison.Ordinal));

        // Absent values are left out, never written as null, and nothing the mapping does not know is sent.
        Assert.False(parkSource.AsObject().ContainsKey("effective_from"));
        Assert.False(parkSource.AsObject().ContainsKey("investment_wan"));
        var mapped = IndexCreationTests.Expected("create-catalogue-index.json")["mappings"]!["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
        Assert.All(parkSource.AsObject(), property => Assert.Contains(property.Key, mapped));

        var policySource = lines[3];
        Assert.Equal("2026-01-01", (string?)policySource["effective_from"]);
        Assert.False(policySource.AsObject().ContainsKey("effective_to"));
        Assert.Equal(["曲靖市", "曲靖"], Strings(policySource["prefecture_names"]));
    }

    [Fact]
    public async Task Delete_is_one_bulk_of_delete_operations_and_unknown_keys_are_not_an_error()
    {
        var missing = "policy:" + Guid.NewGuid().ToString("D");
        var known = SampleDocuments.AluminiumPark().Key;
        var harness = new EngineHarness().On("POST", $"/{EngineHarness.Alias}/_bulk", new CannedResponse(200, $$$"""
            {"took":1,"errors":false,"items":[
              {"delete":{"_index":"portal-catalogue-1","_id":"{{{known}}}","result":"deleted","status":200}},
              {"delete":{"_index":"portal-catalogue-1","_id":"{{{missing}}}","result":"not_found","status":404}}]}
            """));

        await harness.Engine.DeleteAsync([known, missing, known]);

        var bulk = harness.Single("POST", $"/{EngineHarness.Alias}/_bulk");
        Assert.Contains("refresh=wait_for", bulk.Query, StringComparison.Ordinal);
        var lines = EngineHarness.Lines(bulk);
        Assert.Equal(2, lines.Count);
        IndexCreationTests.AssertJsonEqual(JsonNode.Parse($$$"""{"delete":{"_id":"{{{known}}}"}}""")!, lines[0]);
        IndexCreationTests.AssertJsonEqual(JsonNode.Parse($$$"""{"delete":{"_id":"{{{missing}}}"}}""")!, lines[1]);
    }

    [Fact]
    public async Task A_refused_document_fails_the_upsert_with_the_reason()
    {
        var park = SampleDocuments.AluminiumPark();
        var harness = new EngineHarness().On("POST", $"/{EngineHarness.Alias}/_bulk", new CannedResponse(200, $$$"""
            {"took":1,"errors":true,"items":[{"index":{"_index":"portal-catalogue-1","_id":"{{{park.Key}}}","status":400,
              "error":{"type":"document_parsing_exception","reason":"failed to parse field [available_land_mu]"}}
              }]}
            """));

        var exception = await Assert.ThrowsAsync<ElasticsearchSearchException>(() => harness.Engine.UpsertAsync([park]));

        Assert.Equal(400, exception.StatusCode);
        Assert.Contains("document_parsing_exception", exception.Message, StringComparison.Ordinal);
        Assert.Contains(park.Key, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_to_write_sends_nothing()
    {
        var harness = new EngineHarness();

        await harness.Engine.UpsertAsync([]);
        await harness.Engine.DeleteAsync([]);

        Assert.Empty(harness.Requests);
    }

    private static List<string> Strings(JsonNode? array) => array!.AsArray().Select(node => (string)node!).ToList();
}
