using System.Text.Json.Nodes;

namespace Portal.Search.Tests.Elasticsearch;

public sealed class RebuildRequestTests
{
    private const string Old = "portal-catalogue-20260101000000000";
    private const string Acknowledged = """{"acknowledged":true}""";
    private const string BulkOk = """{"took":1,"errors":false,"items":[]}""";

    private static EngineHarness Harness() => new EngineHarness()
        .On("PUT", $"/{EngineHarness.NewIndex}", new CannedResponse(200, Acknowledged))
        .On("POST", $"/{EngineHarness.NewIndex}/_bulk", new CannedResponse(200, BulkOk))
        .On("POST", $"/{EngineHarness.Alias}/_bulk", new CannedResponse(200, BulkOk))
        .On("POST", $"/{EngineHarness.NewIndex}/_refresh", new CannedResponse(200, """{"_shards":{"total":1,"successful":1,"failed":0}}"""))
        .On("GET", $"/_alias/{EngineHarness.Alias}", EngineHarness.AliasPointsAt(Old))
        .On("POST", "/_aliases", new CannedResponse(200, Acknowledged))
        .On("DELETE", $"/{Old}", new CannedResponse(200, Acknowledged))
        .On("DELETE", $"/{EngineHarness.NewIndex}", new CannedResponse(200, Acknowledged));

    [Fact]
    public async Task A_rebuild_fills_a_new_index_then_swaps_the_alias_in_one_atomic_request_and_drops_the_old_index()
    {
        var harness = Harness();

        await using (var rebuild = await harness.Engine.BeginRebuildAsync())
        {
            await rebuild.AddAsync([SampleDocuments.AluminiumPark(), SampleDocuments.SubsidyPolicy()]);
            await rebuild.CompleteAsync();
        }

        Assert.Equal(
            [
                $"HEAD /_alias/{EngineHarness.Alias}",
                $"PUT /{EngineHarness.NewIndex}",
                $"POST /{EngineHarness.NewIndex}/_bulk",
                $"POST /{EngineHarness.NewIndex}/_refresh",
                $"GET /_alias/{EngineHarness.Alias}",
                "POST /_aliases",
                $"DELETE /{Old}",
            ],
            harness.Requests.Select(request => $"{request.Method} {request.Path}"));

        // The new index gets the same settings and mappings, but no alias until it is complete.
        var expected = IndexCreationTests.Expected("create-catalogue-index.json").AsObject();
        expected.Remove("aliases");
        IndexCreationTests.AssertJsonEqual(expected, EngineHarness.Json(harness.Single("PUT", $"/{EngineHarness.NewIndex}")));

        var bulk = harness.Single("POST", $"/{EngineHarness.NewIndex}/_bulk");
        Assert.DoesNotContain("require_alias", bulk.Query, StringComparison.Ordinal);
        Assert.Equal(4, EngineHarness.Lines(bulk).Count);

        IndexCreationTests.AssertJsonEqual(
            JsonNode.Parse($$$"""
                {"actions":[
                  {"remove":{"index":"{{{Old}}}","alias":"{{{EngineHarness.Alias}}}"}},
                  {"add":{"index":"{{{EngineHarness.NewIndex}}}","alias":"{{{EngineHarness.Alias}}}"}}
                ]}
                """)!,
            EngineHarness.Json(harness.Single("POST", "/_aliases")));
    }

    [Fact]
    public async Task Live_writes_during_a_rebuild_reach_both_indices_and_the_rebuild_does_not_overwrite_them()
    {
        var harness = Harness();
        var park = SampleDocuments.AluminiumPark();
        var policy = SampleDocuments.SubsidyPolicy();

        await using var rebuild = await harness.Engine.BeginRebuildAsync();
        await harness.Engine.UpsertAsync([park]);
        await harness.Engine.DeleteAsync([policy.Key]);
        await rebuild.AddAsync([park, policy]);

        var live = harness.Requests.Where(request => request.Path == $"/{EngineHarness.Alias}/_bulk").ToList();
        var rebuilt = harness.Requests.Where(request => request.Path == $"/{EngineHarness.NewIndex}/_bulk").ToList();
        Assert.Equal(2, live.Count);
        Assert.Equal(2, rebuilt.Count); // the mirrored upsert and delete; the rebuild's older copies are skipped
        Assert.Equal(EngineHarness.Lines(live[0]).Select(line => line.ToJsonString()), EngineHarness.Lines(rebuilt[0]).Select(line => line.ToJsonString()));
        Assert.Equal(EngineHarness.Lines(live[1]).Select(line => line.ToJsonString()), EngineHarness.Lines(rebuilt[1]).Select(line => line.ToJsonString()));
    }

    [Fact]
    public async Task An_abandoned_rebuild_deletes_its_index_and_leaves_the_alias_alone()
    {
        var harness = Harness();

        await using (var rebuild = await harness.Engine.BeginRebuildAsync())
        {
            await rebuild.AddAsync([SampleDocuments.AluminiumPark()]);
        }

        harness.Single("DELETE", $"/{EngineHarness.NewIndex}");
        Assert.DoesNotContain(harness.Requests, request => request.Path == "/_aliases");

        // Live writes after it no longer go to the discarded index.
        await harness.Engine.UpsertAsync([SampleDocuments.SubsidyPolicy()]);
        Assert.Single(harness.Requests, request => request.Path == $"/{EngineHarness.NewIndex}/_bulk");
    }

    [Fact]
    public async Task Only_one_rebuild_runs_at_a_time()
    {
        var harness = Harness();

        await using var first = await harness.Engine.BeginRebuildAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Engine.BeginRebuildAsync());
    }
}
