namespace Portal.Search;

/// <summary>
/// The catalogue's public search index: the port both engines implement (Lucene.Net embedded,
/// Elasticsearch in production). Writes are idempotent upserts and deletes by key, so the indexer can
/// replay events in any order. Implementations are singletons and safe for concurrent use.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Adds or replaces documents by <see cref="SearchDocument.Key"/>; visible to searches when the task ends.</summary>
    Task UpsertAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>Removes documents by key; unknown keys are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Titles that complete what the user is typing (Chinese prefix, or pinyin / pinyin initials), best
    /// first, confined like a search to <paramref name="tenantId"/> when given.
    /// </summary>
    Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string prefix, int max, Guid? tenantId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a full rebuild into a fresh, empty index that searches do not see; the live index keeps
    /// answering (and keeps taking upserts) until <see cref="ISearchIndexRebuild.CompleteAsync"/> swaps it in.
    /// </summary>
    Task<ISearchIndexRebuild> BeginRebuildAsync(CancellationToken cancellationToken = default);

    /// <summary>Number of documents in the live index (for health and the rebuild page).</summary>
    Task<long> CountAsync(CancellationToken cancellationToken = default);
}

/// <summary>A rebuild in progress: fill it, then complete it to swap it in, or dispose it to throw it away.</summary>
public interface ISearchIndexRebuild : IAsyncDisposable
{
    Task AddAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>Makes the new index the live one atomically (an alias swap on Elasticsearch) and drops the old one.</summary>
    Task CompleteAsync(CancellationToken cancellationToken = default);
}

public sealed record SearchSuggestion(SearchKind Kind, Guid ItemId, string Title, string Url);
