using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Portal.Search.Lucene;

/// <summary>
/// A rebuild into a fresh sibling folder. While it runs, every live upsert and delete is mirrored into it
/// and its key remembered: the live write reflects a later database state than the rebuild's reading of
/// the same item, so <see cref="AddAsync"/> skips those keys instead of overwriting them with older data.
/// </summary>
internal sealed class LuceneRebuild(LuceneSearchIndex owner, IndexGeneration target) : ISearchIndexRebuild
{
    private readonly Lock sync = new();
    private readonly HashSet<string> writtenLive = new(StringComparer.Ordinal);
    private bool finished;

    public IndexGeneration Target => target;

    public Task AddAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        cancellationToken.ThrowIfCancellationRequested();
        lock (sync)
        {
            ObjectDisposedException.ThrowIf(finished, this);

            // Mapping and analysis are most of the cost, and the writer takes documents from several threads
            // at once (one segment buffer each). The lock only keeps live writes from being mirrored between
            // our check of a key and our write of it.
            Parallel.ForEach(
                documents,
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                document =>
                {
                    if (!writtenLive.Contains(document.Key))
                    {
                        target.Writer.UpdateDocument(new Term(IndexFields.Key, document.Key), DocumentMapper.Map(document));
                    }
                });
        }

        return Task.CompletedTask;
    }

    public Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (sync)
        {
            ObjectDisposedException.ThrowIf(finished, this);
        }

        // One segment answers a query with one term lookup and one scorer per term instead of one per
        // segment; merging before the swap keeps the live index answering meanwhile.
        target.Writer.ForceMerge(1);
        owner.Complete(this);
        lock (sync)
        {
            finished = true;
        }

        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        bool open;
        lock (sync)
        {
            open = !finished;
        }

        if (open)
        {
            owner.Abandon(this);
        }

        return ValueTask.CompletedTask;
    }

    internal void Mirror(IReadOnlyList<(string Key, Document Document)> documents)
    {
        lock (sync)
        {
            foreach (var (key, document) in documents)
            {
                writtenLive.Add(key);
                target.Writer.UpdateDocument(new Term(IndexFields.Key, key), document);
            }
        }
    }

    internal void MirrorDelete(Term[] keys)
    {
        lock (sync)
        {
            foreach (var key in keys)
            {
                writtenLive.Add(key.Text);
            }

            target.Writer.DeleteDocuments(keys);
        }
    }

    /// <summary>Throws the unfinished index away (called by the owner under its exclusive lock).</summary>
    internal void Abandon()
    {
        lock (sync)
        {
            if (finished)
            {
                return;
            }

            finished = true;
            target.Dispose();
            LuceneSearchIndex.TryDeleteFolder(target.Path);
        }
    }
}
