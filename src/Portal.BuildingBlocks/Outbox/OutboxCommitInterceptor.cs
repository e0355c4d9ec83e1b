using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.BuildingBlocks.Outbox;

/// <summary>
/// Watches a module context's saves: stamps new outbox rows with the injected clock and, once
/// the rows are committed (after SaveChanges, or after the caller's own transaction commits),
/// wakes this process's dispatcher through <see cref="OutboxSignal"/>. Module code changes nothing.
/// </summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal, TimeProvider time)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // Contexts that saved outbox rows not yet known to be committed. Weak, so a context that is
    // dropped without committing leaves nothing behind.
    private readonly ConditionalWeakTable<DbContext, object> _pending = new();

    private static readonly object Marker = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Track(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Track(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        FlushUnlessInTransaction(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        FlushUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetUnlessInTransaction(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetUnlessInTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Flush(eventData.Context);

    public Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Track(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = time.GetUtcNow();
        var added = false;
        foreach (var entry in context.ChangeTracker.Entries<OutboxMessage>())
        {
            if (entry.State != EntityState.Added)
            {
                continue;
            }

            added = true;

            // Queued with the wall clock; the dispatcher compares with the injected clock. One clock for
            // both, so a message is due exactly when the dispatcher's clock says so (and tests can move it).
            var occurredAt = entry.Property(m => m.OccurredAt);
            var nextAttemptAt = entry.Property(m => m.NextAttemptAt);
            if (nextAttemptAt.CurrentValue == occurredAt.CurrentValue)
            {
                nextAttemptAt.CurrentValue = now;
            }

            occurredAt.CurrentValue = now;
        }

        if (added)
        {
            _pending.AddOrUpdate(context, Marker);
        }
    }

    private void FlushUnlessInTransaction(DbContext? context)
    {
        // Inside the caller's transaction nothing is visible to the dispatcher yet: wait for the commit.
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Flush(context);
        }
    }

    private void ForgetUnlessInTransaction(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Forget(context);
        }
    }

    private void Flush(DbContext? context)
    {
        if (context is not null && _pending.Remove(context))
        {
            signal.Notify(context.GetType());
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }
}
