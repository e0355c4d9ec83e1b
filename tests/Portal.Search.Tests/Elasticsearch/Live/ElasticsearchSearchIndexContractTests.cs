using Portal.Search.Tests.Contract;

namespace Portal.Search.Tests.Elasticsearch.Live;

/// <summary>
/// The port's contract on a real cluster, each test under its own index prefix. Compiled only when
/// <c>PORTAL_TEST_ELASTICSEARCH_URL</c> is set at build time (see the test project): the suite's inherited
/// facts cannot be skipped one by one, and Elasticsearch is optional here.
/// </summary>
public sealed class ElasticsearchSearchIndexContractTests : SearchIndexContract
{
    protected override Task<ISearchIndex> CreateIndexAsync() => Task.FromResult<ISearchIndex>(LiveElasticsearch.Create());

    protected override Task DisposeIndexAsync(ISearchIndex index) => LiveElasticsearch.DeleteAsync(index);
}
