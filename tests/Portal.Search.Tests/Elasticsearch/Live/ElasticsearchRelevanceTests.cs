using Portal.Search.Tests.Relevance;
using Xunit.Abstractions;

namespace Portal.Search.Tests.Elasticsearch.Live;

/// <summary>The judged queries on a real cluster; compiled only with <c>PORTAL_TEST_ELASTICSEARCH_URL</c> set, like the contract tests.</summary>
public sealed class ElasticsearchRelevanceTests(ITestOutputHelper output) : RelevanceSuite(output)
{
    protected override Task<ISearchIndex> CreateIndexAsync() => Task.FromResult<ISearchIndex>(LiveElasticsearch.Create());

    protected override Task DisposeIndexAsync(ISearchIndex index) => LiveElasticsearch.DeleteAsync(index);
}
