using Portal.Search.Tests.Contract;

namespace Portal.Search.Tests.Elasticsearch;

/// <summary>
/// A round trip on a real cluster that always appears in the test report (skipped without
/// <c>PORTAL_TEST_ELASTICSEARCH_URL</c>), so a run shows whether Elasticsearch was exercised at all.
/// </summary>
public sealed class LiveClusterTests
{
    [ElasticsearchFact]
    public async Task The_cluster_accepts_the_index_definition_and_answers_a_search_and_a_rebuild()
    {
        var index = LiveElasticsearch.Create();
        try
        {
            await index.EnsureIndexAsync();
            await index.UpsertAsync(ContractCatalogue.All);

            var results = await index.SearchAsync(new SearchQuery { Text = "绿色铝", TenantId = ContractCatalogue.Qujing });
            Assert.Equal(ContractCatalogue.AluminiumPark.ItemId, results.Hits[0].ItemId);
            Assert.Contains("<em>", results.Hits[0].Title + results.Hits[0].Snippet, StringComparison.Ordinal);

            await using (var rebuild = await index.BeginRebuildAsync())
            {
                await rebuild.AddAsync([ContractCatalogue.SolarProject]);
                await rebuild.CompleteAsync();
            }

            Assert.Equal(1, await index.CountAsync());
        }
        finally
        {
            await LiveElasticsearch.DeleteAsync(index);
        }
    }
}
