using Microsoft.EntityFrameworkCore;
using Portal.CatalogueSearch.Contracts;
using Portal.CatalogueSearch.Persistence;

namespace Portal.CatalogueSearch.Rebuild;

/// <summary>
/// Reads and writes the rebuild row with single conditional statements, so that two nodes asking for a
/// rebuild at the same moment cannot both win, and a node that lost its claim cannot overwrite the
/// progress of the node that took over.
/// </summary>
internal sealed class RebuildRunStore(SearchDbContext db, TimeProvider clock)
{
    public async Task<SearchRebuildStatus> StatusAsync(CancellationToken cancellationToken)
    {
        var run = await db.RebuildRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == RebuildRun.CatalogueIndex, cancellationToken);
        return (run ?? RebuildRun.NeverRan()).ToStatus();
    }

    /// <summary>Marks the run as ours and running, unless another live run holds it; true when claimed.</summary>
    public async Task<bool> TryClaimAsync(string owner, string triggeredBy, CancellationToken cancellationToken)
    {
        await EnsureRowAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var staleBefore = now - RebuildLimits.StaleAfter;
        var running = SearchRebuildStates.Running;
        var by = triggeredBy.Length > RebuildLimits.MaxTriggeredByLength ? triggeredBy[..RebuildLimits.MaxTriggeredByLength] : triggeredBy;
        var claimed = await db.RebuildRuns
            .Where(r => r.Id == RebuildRun.CatalogueIndex && (r.State != running || r.HeartbeatAt == null || r.HeartbeatAt < staleBefore))
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(r => r.State, running)
                    .SetProperty(r => r.Done, 0L)
                    .SetProperty(r => r.Total, 0L)
                    .SetProperty(r => r.StartedAt, now)
                    .SetProperty(r => r.FinishedAt, (DateTimeOffset?)null)
                    .SetProperty(r => r.Error, (string?)null)
                    .SetProperty(r => r.TriggeredBy, by)
                    .SetProperty(r => r.Owner, owner)
                    .SetProperty(r => r.HeartbeatAt, now),
                cancellationToken);
        return claimed == 1;
    }

    /// <summary>Records progress and proves the run is alive; false when another node took the run over.</summary>
    public async Task<bool> ReportProgressAsync(string owner, long done, long total, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await Owned(owner).ExecuteUpdateAsync(
            set => set.SetProperty(r => r.Done, done).SetProperty(r => r.Total, total).SetProperty(r => r.HeartbeatAt, now),
            cancellationToken) == 1;
    }

    public async Task FinishAsync(string owner, string state, string? error)
    {
        var now = clock.GetUtcNow();
        var message = error is { Length: > RebuildLimits.MaxErrorLength } ? error[..RebuildLimits.MaxErrorLength] : error;

        // Not cancellable: a stopping host must still record how the run ended.
        await Owned(owner).ExecuteUpdateAsync(
            set => set
                .SetProperty(r => r.State, state)
                .SetProperty(r => r.FinishedAt, now)
                .SetProperty(r => r.HeartbeatAt, now)
                .SetProperty(r => r.Error, message),
            CancellationToken.None);
    }

    private IQueryable<RebuildRun> Owned(string owner) =>
        db.RebuildRuns.Where(r => r.Id == RebuildRun.CatalogueIndex && r.Owner == owner && r.State == SearchRebuildStates.Running);

    private async Task EnsureRowAsync(CancellationToken cancellationToken)
    {
        if (await db.RebuildRuns.AnyAsync(r => r.Id == RebuildRun.CatalogueIndex, cancellationToken))
        {
            return;
        }

        db.RebuildRuns.Add(RebuildRun.NeverRan());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node inserted it first: the row exists, which is all we wanted.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
