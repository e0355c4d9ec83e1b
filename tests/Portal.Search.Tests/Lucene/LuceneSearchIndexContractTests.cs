using Portal.Search.Lucene;
using Portal.Search.Tests.Contract;
using static Portal.Search.Tests.Contract.ContractCatalogue;

namespace Portal.Search.Tests.Lucene;

/// <summary>The port's contract on the embedded engine, each test on its own index folder.</summary>
public sealed class LuceneSearchIndexContractTests : SearchIndexContract
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "portal-search-tests", Guid.NewGuid().ToString("N"));

    protected override Task<ISearchIndex> CreateIndexAsync() => Task.FromResult<ISearchIndex>(new LuceneSearchIndex(folder));

    protected override Task DisposeIndexAsync(ISearchIndex index)
    {
        ((LuceneSearchIndex)index).Dispose();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_index_survives_a_restart_and_dispose_releases_the_lock()
    {
        await SeedAsync();
        await using (var rebuild = await Index.BeginRebuildAsync())
        {
            await rebuild.AddAsync([AluminiumPark, SolarProject]);
            await rebuild.CompleteAsync();
        }

        ((LuceneSearchIndex)Index).Dispose();

        using var reopened = new LuceneSearchIndex(folder);
        Assert.Equal(2, await reopened.CountAsync());
        Assert.Equal(AluminiumPark.ItemId, (await reopened.SearchAsync(new SearchQuery { Text = "绿色铝" })).Hits.Single().ItemId);
        Assert.Single(Directory.GetDirectories(folder));
    }

    /// <summary>
    /// An index written with other fields (older code) would answer nothing or wrongly: it is set aside for an
    /// empty one, which the search module's start-up check rebuilds. One of the current format is kept.
    /// </summary>
    [Fact]
    public async Task An_index_of_another_format_is_replaced_by_an_empty_one_at_start()
    {
        await SeedAsync();
        ((LuceneSearchIndex)Index).Dispose();
        using (var current = new LuceneSearchIndex(folder))
        {
            Assert.True(await current.CountAsync() > 0);
        }

        var generation = Path.Combine(folder, File.ReadAllText(Path.Combine(folder, "live.txt")).Trim());
        using (var directory = global::Lucene.Net.Store.FSDirectory.Open(generation))
        using (var writer = new global::Lucene.Net.Index.IndexWriter(directory, new global::Lucene.Net.Index.IndexWriterConfig(global::Lucene.Net.Util.LuceneVersion.LUCENE_48, null)))
        {
            writer.SetCommitData(new Dictionary<string, string> { ["portal.format"] = "1" });
            writer.Commit();
        }

        using var reopened = new LuceneSearchIndex(folder);
        Assert.Equal(0, await reopened.CountAsync());
        Assert.Single(Directory.GetDirectories(folder));
        Assert.NotEqual(generation, Directory.GetDirectories(folder).Single());
    }

    [Fact]
    public async Task Only_one_rebuild_runs_at_a_time()
    {
        await using var first = await Index.BeginRebuildAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => Index.BeginRebuildAsync());
    }
}
