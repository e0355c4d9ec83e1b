using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Portal.Search.Lucene;

/// <summary>
/// One physical index: its folder, its single IndexWriter and the near-real-time SearcherManager opened
/// on that writer. The live index is one generation; a rebuild fills another and swaps it in.
/// </summary>
internal sealed class IndexGeneration : IDisposable
{
    /// <summary>
    /// The layout of fields and analysis this code writes and queries, kept in every commit. Bump it with
    /// any change to either: an index of another format is set aside for an empty one, which the search
    /// module's start-up check then rebuilds from the database.
    /// </summary>
    public const string Format = "3";

    private const string FormatKey = "portal.format";

    private IndexGeneration(string path, FSDirectory directory, IndexWriter writer, SearcherManager searchers, bool isCurrentFormat)
    {
        Path = path;
        Directory = directory;
        Writer = writer;
        Searchers = searchers;
        IsCurrentFormat = isCurrentFormat;
    }

    /// <summary>False for an index written by code with other fields: its documents would not match the queries.</summary>
    public bool IsCurrentFormat { get; }

    public string Path { get; }

    public string Name => System.IO.Path.GetFileName(Path);

    public FSDirectory Directory { get; }

    public IndexWriter Writer { get; }

    public SearcherManager Searchers { get; }

    public static IndexGeneration Open(string path, ChineseAnalyzers analyzers)
    {
        System.IO.Directory.CreateDirectory(path);
        var directory = FSDirectory.Open(path);
        try
        {
            var config = new IndexWriterConfig(ChineseAnalyzers.Version, analyzers.Indexing)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                RAMBufferSizeMB = 64,
            };
            var writer = new IndexWriter(directory, config);
            var isCurrentFormat = writer.MaxDoc == 0 || (writer.CommitData.TryGetValue(FormatKey, out var format) && format == Format);
            if (isCurrentFormat)
            {
                writer.SetCommitData(new Dictionary<string, string> { [FormatKey] = Format });
            }

            // A first commit makes an empty index a valid one on disk, so a restart finds it.
            writer.Commit();
            var searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
            return new IndexGeneration(path, directory, writer, searchers, isCurrentFormat);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Makes the writer's changes durable and visible to the next acquired searcher.</summary>
    public void CommitAndRefresh()
    {
        Writer.Commit();
        Searchers.MaybeRefreshBlocking();
    }

    public void Dispose()
    {
        // Searchers first: readers acquired by running searches stay valid until released (reference counted).
        Searchers.Dispose();
        Writer.Dispose();
        Directory.Dispose();
    }
}
