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
        var mapped = documents.Select(document => (Key: document.Key, Document: DocumentMapper.Map(document))).ToList();
        lock (sync)
        {
            ObjectDisposedException.ThrowIf(finished, this);
            foreach (var (key, document) in mapped)
            {
                if (!writtenLive.Contains(key))
                {
                    target.Writer.UpdateDocument(new Term(IndexFields.Key, key), document);
                }
            }
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
