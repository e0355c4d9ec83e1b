using Portal.Search.Lucene;
using Portal.Search.Tests.Relevance;
using Xunit.Abstractions;

namespace Portal.Search.Tests.Lucene;

public sealed class LuceneRelevanceTests(ITestOutputHelper output) : RelevanceSuite(output)
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "portal-search-tests", Guid.NewGuid().ToString("N"));

    protected override Task<ISearchIndex> CreateIndexAsync() => Task.FromResult<ISearchIndex>(new LuceneSearchIndex(folder));

    protected override Task DisposeIndexAsync(ISearchIndex index)
    {
        ((LuceneSearchIndex)index).Dispose();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
