using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.BuildingBlocks.Persistence;

namespace Portal.BuildingBlocks.Outbox;

/// <summary>
/// Delivers one module's outbox for as long as the host runs: a batch right after every local
/// commit that wrote events (see <see cref="OutboxSignal"/>), otherwise one poll per interval.
/// Safe with many nodes: claims are leases, taken with <c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL.
/// </summary>
internal sealed class OutboxDispatcher<TContext>(
    OutboxProcessor<TContext> processor,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext, IModuleDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Subscribe before the first batch, so a commit made while it runs still wakes the next wait.
        using var wakeUps = signal.Subscribe(typeof(TContext));
        while (!stoppingToken.IsCancellationRequested)
        {
            var settings = options.Value;
            int leased;
            try
            {
                leased = await processor.ProcessBatchAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Database down or a bad row: keep the host alive and try again after the interval.
                logger.LogError(exception, "The outbox dispatcher of {Context} failed; retrying", typeof(TContext).Name);
                leased = 0;
            }

            // A full batch suggests more is due: go straight on. Otherwise wait for a commit or the poll.
            if (leased < settings.BatchSize)
            {
                await wakeUps.WaitAsync(settings.PollInterval, stoppingToken);
            }
        }
    }
}
