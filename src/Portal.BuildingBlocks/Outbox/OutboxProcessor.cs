using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Persistence;

namespace Portal.BuildingBlocks.Outbox;

/// <summary>
/// Delivers one batch of a module's outbox: lease due messages, run their handlers inside the
/// message's tenant, record the outcome. <see cref="OutboxDispatcher{TContext}"/> calls it in a
/// loop; tests call it directly. Each instance is one lease owner.
/// </summary>
internal sealed class OutboxProcessor<TContext>(
    IServiceScopeFactory scopes,
    IntegrationEventRegistry registry,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxProcessor<TContext>> logger)
    where TContext : DbContext, IModuleDbContext
{
    private const int MaxErrorLength = 4000;

    private OutboxClaimSql? _claimSql;

    /// <summary>Identifies this instance's leases: readable (host and process) and unique (instance).</summary>
    public string Owner { get; } = NewOwner();

    /// <summary>Leases up to <see cref="OutboxOptions.BatchSize"/> due messages and delivers them; returns how many it leased.</summary>
    public async Task<int> ProcessBatchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();

        var claimed = await ClaimAsync(context, settings, cancellationToken);
        for (var i = 0; i < claimed.Count; i++)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                // Shutting down: hand the rest back now rather than after the lease runs out.
                await ReleaseAsync(context, claimed.Skip(i).Select(m => m.Id).ToList());
                cancellationToken.ThrowIfCancellationRequested();
            }

            var message = claimed[i];
            Exception? failure;
            try
            {
                failure = await DeliverAsync(message, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await ReleaseAsync(context, claimed.Skip(i).Select(m => m.Id).ToList());
                throw;
            }

            // The outcome is written even while shutting down: a delivery not recorded is delivered again.
            if (failure is null)
            {
                await MarkProcessedAsync(context, message);
            }
            else
            {
                await MarkFailedAsync(context, message, failure, settings);
            }
        }

        return claimed.Count;
    }

    private async Task<List<OutboxMessage>> ClaimAsync(TContext context, OutboxOptions settings, CancellationToken cancellationToken)
    {
        var claimSql = _claimSql ??= OutboxClaimSql.For(context);
        var now = time.GetUtcNow();
        var parameters = claimSql.Parameters(now + settings.LeaseDuration, Owner, now, settings.BatchSize);
        var claimed = await context.Set<OutboxMessage>()
            .FromSqlRaw(claimSql.Sql, parameters)
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        // RETURNING gives no order; deliver oldest first.
        return [.. claimed.OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)];
    }

    /// <summary>Runs the handlers; returns the failure, or null on success.</summary>
    private async Task<Exception?> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var registration = registry.Find(message.Type);
        if (registration is null)
        {
            // Nobody in this process listens for it: nothing to retry. Logged, because a renamed
            // event type or a forgotten registration looks exactly like this.
            logger.LogWarning(
                "Outbox message {MessageId} of type {EventType} has no registered handler; marking it processed",
                message.Id, message.Type);
            return null;
        }

        try
        {
            var integrationEvent = (IIntegrationEvent?)JsonSerializer.Deserialize(message.Payload, registration.EventType, OutboxJson.Options)
                ?? throw new JsonException($"The payload of outbox message {message.Id} is null.");

            await using var scope = scopes.CreateAsyncScope();
            var currentTenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>();

            // Handlers work for the tenant that raised the event: its filters and stamping apply.
            using (currentTenant.Change(message.TenantId))
            {
                await registration.Dispatch(scope.ServiceProvider, integrationEvent, cancellationToken);
            }

            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return exception;
        }
    }

    private async Task MarkProcessedAsync(TContext context, OutboxMessage message)
    {
        var now = time.GetUtcNow();
        var updated = await Owned(context, message.Id).ExecuteUpdateAsync(
            setters => setters
                .SetProperty(m => m.ProcessedAt, now)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.LockedBy, (string?)null),
            CancellationToken.None);
        LogIfLeaseLost(updated, message);
    }

    private async Task MarkFailedAsync(TContext context, OutboxMessage message, Exception failure, OutboxOptions settings)
    {
        var now = time.GetUtcNow();
        var attempts = message.Attempts + 1;
        var error = Describe(failure);
        var deadLetter = attempts >= settings.MaxAttempts;

        // A failure is never marked processed: it either waits for its next attempt or is kept, dead-lettered, for a human.
        var updated = await Owned(context, message.Id).ExecuteUpdateAsync(
            setters =>
            {
                setters
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.LastError, error)
                    .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
                    .SetProperty(m => m.LockedBy, (string?)null);
                if (deadLetter)
                {
                    setters.SetProperty(m => m.DeadLetteredAt, now);
                }
                else
                {
                    setters.SetProperty(m => m.NextAttemptAt, now + settings.BackoffAfter(attempts));
                }
            },
            CancellationToken.None);

        if (updated == 0)
        {
            LogIfLeaseLost(updated, message);
        }
        else if (deadLetter)
        {
            logger.LogError(
                failure, "Outbox message {MessageId} of type {EventType} failed {Attempts} times and is dead-lettered",
                message.Id, message.Type, attempts);
        }
        else
        {
            logger.LogWarning(
                failure, "Outbox message {MessageId} of type {EventType} failed (attempt {Attempts}); retrying later",
                message.Id, message.Type, attempts);
        }
    }

    private async Task ReleaseAsync(TContext context, List<Guid> ids)
    {
        var owner = Owner;

        // Not cancellable: this runs because we are being cancelled.
        await context.Set<OutboxMessage>()
            .Where(m => ids.Contains(m.Id) && m.LockedBy == owner)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
                    .SetProperty(m => m.LockedBy, (string?)null),
                CancellationToken.None);
    }

    /// <summary>
    /// Only while this instance still holds the lease: a dispatcher that stalled past its lease must
    /// not overwrite the outcome recorded by the one that took the message over.
    /// </summary>
    private IQueryable<OutboxMessage> Owned(TContext context, Guid id)
    {
        var owner = Owner;
        return context.Set<OutboxMessage>().Where(m => m.Id == id && m.LockedBy == owner);
    }

    private void LogIfLeaseLost(int updated, OutboxMessage message)
    {
        if (updated == 0)
        {
            logger.LogWarning(
                "Outbox message {MessageId} of type {EventType}: lease lost to another dispatcher; outcome discarded",
                message.Id, message.Type);
        }
    }

    private static string NewOwner()
    {
        // LockedBy holds 200 characters; host names rarely come close, but never let one break the claim.
        var host = Environment.MachineName;
        return $"{(host.Length > 100 ? host[..100] : host)}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    }

    private static string Describe(Exception exception)
    {
        // Type and message of the exception and its causes; the stack trace belongs in the log, not the row.
        var text = new StringBuilder();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (text.Length > 0)
            {
                text.Append(" ---> ");
            }

            text.Append(current.GetType().FullName).Append(": ").Append(current.Message);
            if (text.Length >= MaxErrorLength)
            {
                break;
            }
        }

        return text.Length <= MaxErrorLength ? text.ToString() : text.ToString(0, MaxErrorLength);
    }
}
