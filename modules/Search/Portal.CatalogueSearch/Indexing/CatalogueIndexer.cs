using Microsoft.Extensions.Logging;
using Portal.Catalogue.Contracts;
using Portal.CatalogueSearch.Caching;
using Portal.CatalogueSearch.Projection;
using Portal.Search;
using Portal.Tenancy.Contracts;

namespace Portal.CatalogueSearch.Indexing;

/// <summary>
/// Brings the index in line with the database for one item or one prefecture. It never trusts what an
/// event says about the item: it reloads the published version now and upserts it, or deletes the
/// document when there is none, so replays, duplicates and reordering all converge on the same state.
/// </summary>
internal sealed partial class CatalogueIndexer(
    SearchDocumentProjector projector,
    IPrefectureCatalogue prefectureCatalogue,
    ITenancyModule tenancy,
    ISearchIndex index,
    ISearchCacheGeneration cacheGeneration,
    ILogger<CatalogueIndexer> logger)
{
    private const int KeysPerPage = 100;

    /// <param name="publicVersionMayHaveChanged">False for create and update events: they never change what the public sees, so cached answers stay valid.</param>
    public async Task ReindexItemAsync(string kind, Guid itemId, bool publicVersionMayHaveChanged, CancellationToken cancellationToken)
    {
        if (!SearchKinds.TryParse(kind, out var searchKind))
        {
            LogUnknownKind(logger, kind, itemId);
            return;
        }

        var context = await projector.LoadContextAsync(cancellationToken);
        var document = await projector.ProjectAsync(searchKind, itemId, context, cancellationToken);
        if (document is null)
        {
            await index.DeleteAsync([DocumentKey.For(searchKind, itemId)], cancellationToken);
        }
        else
        {
            await index.UpsertAsync([document], cancellationToken);
        }

        if (publicVersionMayHaveChanged)
        {
            await cacheGeneration.BumpAsync(cancellationToken);
        }
    }

    /// <summary>
    /// A prefecture was renamed, disabled or enabled: re-projects everything it has published (with the
    /// names it has now) and removes its documents that are no longer public: all of them when disabled.
    /// </summary>
    public async Task ReindexPrefectureAsync(PrefectureDto prefecture, CancellationToken cancellationToken)
    {
        if (prefecture.IsActive)
        {
            await AwaitDirectoryAsync(prefecture, cancellationToken);
        }

        var context = (await projector.LoadContextAsync(cancellationToken)).With(prefecture);
        var published = await prefectureCatalogue.ListPublishedAsync(prefecture.Id, cancellationToken);
        IEnumerable<SearchDocument?> projected = prefecture.IsActive
            ?
            [
                .. published.Parks.Select(p => SearchDocumentProjector.Park(p, context)),
                .. published.Policies.Select(p => SearchDocumentProjector.Policy(p, context)),
                .. published.Projects.Select(p => SearchDocumentProjector.Project(p, context)),
            ]
            : [];
        var documents = projected.OfType<SearchDocument>().ToList();

        var stale = (await KeysOfAsync(prefecture.Id, cancellationToken)).Except(documents.Select(d => d.Key), StringComparer.Ordinal).ToList();
        if (stale.Count > 0)
        {
            await index.DeleteAsync(stale, cancellationToken);
        }

        foreach (var batch in documents.Chunk(KeysPerPage))
        {
            await index.UpsertAsync(batch, cancellationToken);
        }

        await cacheGeneration.BumpAsync(cancellationToken);
        LogPrefectureReindexed(logger, prefecture.Slug, documents.Count, stale.Count);
    }

    /// <summary>
    /// The catalogue lists an enabled prefecture's items only once the tenant directory (a cache the
    /// Tenancy module refreshes right after its commit) knows it is enabled again. Waits a moment for
    /// that; if it still disagrees, fails so that the outbox delivers the event again later, rather than
    /// emptying the prefecture's documents on a stale answer.
    /// </summary>
    private async Task AwaitDirectoryAsync(PrefectureDto prefecture, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            if (await tenancy.FindActivePrefectureAsync(prefecture.Slug, cancellationToken) is not null)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }

        throw new InvalidOperationException($"The tenant directory does not show prefecture {prefecture.Slug} as enabled yet; retrying later.");
    }

    /// <summary>Keys of every document the index holds for a prefecture, found by a tenant-confined search.</summary>
    private async Task<HashSet<string>> KeysOfAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            var results = await index.SearchAsync(
                new SearchQuery { TenantId = tenantId, Page = page, PageSize = KeysPerPage, Sort = SearchSort.Newest },
                cancellationToken);
            foreach (var hit in results.Hits)
            {
                keys.Add(DocumentKey.For(hit.Kind, hit.ItemId));
            }

            if (results.Hits.Count < KeysPerPage || (long)page * KeysPerPage >= results.Total)
            {
                return keys;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catalogue event for an item of unknown kind '{Kind}' ({ItemId}) ignored")]
    private static partial void LogUnknownKind(ILogger logger, string kind, Guid itemId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index: prefecture {Slug} re-projected ({Documents} documents, {Removed} removed)")]
    private static partial void LogPrefectureReindexed(ILogger logger, string slug, int documents, int removed);
}
