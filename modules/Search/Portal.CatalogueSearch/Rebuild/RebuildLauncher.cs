using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Catalogue.Contracts;
using Portal.CatalogueSearch.Contracts;
using Portal.Search;

namespace Portal.CatalogueSearch.Rebuild;

/// <summary>
/// Starts a rebuild in the background of this node (the admin API and the start-up check), bound to the
/// host's lifetime: stopping the portal cancels it and records it as failed.
/// </summary>
internal sealed partial class RebuildLauncher(
    SearchIndexRebuilder rebuilder,
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    ILogger<RebuildLauncher> logger)
{
    public async Task<SearchRebuildStart> StartAsync(string triggeredBy, CancellationToken cancellationToken)
    {
        var owner = await rebuilder.TryClaimAsync(triggeredBy, cancellationToken);
        if (owner is not null)
        {
            _ = Task.Run(() => RunQuietlyAsync(owner), CancellationToken.None);
        }

        await using var scope = scopes.CreateAsyncScope();
        var status = await scope.ServiceProvider.GetRequiredService<RebuildRunStore>().StatusAsync(cancellationToken);
        return new SearchRebuildStart(AlreadyRunning: owner is null, status);
    }

    private async Task RunQuietlyAsync(string owner)
    {
        try
        {
            await rebuilder.RunAsync(owner, progress: null, lifetime.ApplicationStopping);
        }
        catch (Exception exception)
        {
            LogBackgroundFailure(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The background search index rebuild ended abnormally")]
    private static partial void LogBackgroundFailure(ILogger logger, Exception exception);
}

/// <summary>
/// On a fresh machine (or a new Elasticsearch cluster) the index is empty while the database already has
/// published items, from demo data or a restore: fill it in the background instead of answering nothing.
/// </summary>
internal sealed partial class EmptyIndexAtStartup(
    ISearchIndex index,
    IServiceScopeFactory scopes,
    RebuildLauncher launcher,
    ILogger<EmptyIndexAtStartup> logger) : BackgroundService
{
    public const string TriggeredBy = "start-up";

    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // never hold up the host's start
        try
        {
            var logged = false;
            while (await index.CountAsync(stoppingToken) == 0 && await CatalogueHasPublishedItemsAsync(stoppingToken))
            {
                var start = await launcher.StartAsync(TriggeredBy, stoppingToken);
                if (!logged || !start.AlreadyRunning)
                {
                    LogStarted(logger, start.AlreadyRunning);
                    logged = true;
                }

                if (!start.AlreadyRunning)
                {
                    return;
                }

                // Another run fills a shared Elasticsearch index, and this loop ends when it has; a Lucene
                // index is this node's own, so claim the rebuild once that run ends (or goes stale).
                await Task.Delay(RetryEvery, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            LogCheckFailed(logger, exception);
        }
    }

    private async Task<bool> CatalogueHasPublishedItemsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var catalogue = scope.ServiceProvider.GetRequiredService<ICatalogueModule>();
        foreach (var kind in SearchKinds.All)
        {
            if ((await catalogue.ListPublishedIdsAsync(SearchKinds.Code(kind), null, 1, cancellationToken)).Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The search index is empty but the catalogue has published items: rebuilding (already running elsewhere: {AlreadyRunning})")]
    private static partial void LogStarted(ILogger logger, bool alreadyRunning);

    [LoggerMessage(Level = LogLevel.Error, Message = "The start-up check of the search index failed")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
