using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Catalogue.Contracts;
using Portal.CatalogueSearch.Caching;
using Portal.CatalogueSearch.Contracts;
using Portal.CatalogueSearch.Projection;
using Portal.Search;

namespace Portal.CatalogueSearch.Rebuild;

/// <summary>
/// Re-projects every published item from the database into a fresh index and swaps it in, recording
/// progress in the rebuild row. The live index keeps answering meanwhile (an alias swap on
/// Elasticsearch). One rebuild at a time across all nodes, decided by <see cref="RebuildRunStore.TryClaimAsync"/>.
/// </summary>
internal sealed partial class SearchIndexRebuilder(
    IServiceScopeFactory scopes,
    ISearchIndex index,
    ISearchCacheGeneration cacheGeneration,
    ILogger<SearchIndexRebuilder> logger)
{
    /// <summary>Claims the rebuild for a new run; null when another run is in progress.</summary>
    public async Task<string?> TryClaimAsync(string triggeredBy, CancellationToken cancellationToken)
    {
        var owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<RebuildRunStore>();
        return await store.TryClaimAsync(owner, triggeredBy, cancellationToken) ? owner : null;
    }

    /// <summary>Runs a claimed rebuild to its end and records how it ended; never throws but for cancellation.</summary>
    public async Task<SearchRebuildStatus> RunAsync(string owner, IProgress<SearchRebuildStatus>? progress, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<RebuildRunStore>();
        try
        {
            await RebuildAsync(owner, store, progress, cancellationToken);
            await store.FinishAsync(owner, SearchRebuildStates.Succeeded, null);
            await cacheGeneration.BumpAsync(CancellationToken.None);
        }
        catch (Exception exception)
        {
            var cancelled = exception is OperationCanceledException && cancellationToken.IsCancellationRequested;
            LogFailed(logger, exception);
            await TryFinishFailedAsync(store, owner, cancelled ? "Cancelled: the portal stopped." : $"{exception.GetType().Name}: {exception.Message}");
        }

        return await store.StatusAsync(CancellationToken.None);
    }

    private async Task RebuildAsync(string owner, RebuildRunStore store, IProgress<SearchRebuildStatus>? progress, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var catalogue = scope.ServiceProvider.GetRequiredService<ICatalogueModule>();
        var projector = scope.ServiceProvider.GetRequiredService<SearchDocumentProjector>();

        // Ids first (cheap), so that progress has a total from the start.
        var items = new List<(SearchKind Kind, Guid Id)>();
        foreach (var kind in SearchKinds.All)
        {
            Guid? after = null;
            while (true)
            {
                var ids = await catalogue.ListPublishedIdsAsync(SearchKinds.Code(kind), after, RebuildLimits.PageSize, cancellationToken);
                items.AddRange(ids.Select(id => (kind, id)));
                if (ids.Count < RebuildLimits.PageSize)
                {
                    break;
                }

                after = ids[^1];
            }
        }

        LogStarted(logger, items.Count);
        await Report(0);
        await using var rebuild = await index.BeginRebuildAsync(cancellationToken);
        var context = await projector.LoadContextAsync(cancellationToken);
        long done = 0;
        foreach (var batch in items.Chunk(RebuildLimits.PageSize))
        {
            // A fresh scope per batch keeps the catalogue's change tracker small on a big catalogue.
            await using var batchScope = scopes.CreateAsyncScope();
            var batchProjector = batchScope.ServiceProvider.GetRequiredService<SearchDocumentProjector>();
            var documents = new List<SearchDocument>(batch.Length);
            foreach (var (kind, id) in batch)
            {
                // An item unpublished since its id was listed projects to null and is simply left out.
                if (await batchProjector.ProjectAsync(kind, id, context, cancellationToken) is { } document)
                {
                    documents.Add(document);
                }
            }

            await rebuild.AddAsync(documents, cancellationToken);
            done += batch.Length;
            await Report(done);
        }

        await rebuild.CompleteAsync(cancellationToken);
        LogCompleted(logger, done);

        async Task Report(long count)
        {
            if (!await store.ReportProgressAsync(owner, count, items.Count, cancellationToken))
            {
                throw new InvalidOperationException("Another node took this rebuild over (its heartbeat looked stale); this run stops.");
            }

            progress?.Report(new SearchRebuildStatus(SearchRebuildStates.Running, count, items.Count, null, null, null, null));
        }
    }

    private async Task TryFinishFailedAsync(RebuildRunStore store, string owner, string error)
    {
        try
        {
            await store.FinishAsync(owner, SearchRebuildStates.Failed, error);
        }
        catch (Exception exception)
        {
            // The database is gone too (a stopping host): the stale heartbeat will free the claim.
            LogNotRecorded(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuild started: {Total} published items")]
    private static partial void LogStarted(ILogger logger, int total);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuild completed: {Done} items")]
    private static partial void LogCompleted(ILogger logger, long done);

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index rebuild failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record the end of the search index rebuild")]
    private static partial void LogNotRecorded(ILogger logger, Exception exception);
}
