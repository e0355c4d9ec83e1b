using Microsoft.EntityFrameworkCore;
using Portal.Audit.Contracts;
using Portal.Audit.Domain;
using Portal.Audit.Persistence;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Outbox;

namespace Portal.Audit.Features.RecordEntry;

/// <summary>
/// Stores an <see cref="AuditRecorded"/> event, from whichever module's outbox it came. Idempotent:
/// delivery is at least once, and the unique event id turns a redelivery into a no-op. The entry is
/// written in the event's own tenant (normally the message's tenant already).
/// </summary>
internal sealed class AuditRecordedHandler(AuditDbContext db, ICurrentTenant currentTenant, TimeProvider clock)
    : IIntegrationEventHandler<AuditRecorded>
{
    public async Task HandleAsync(AuditRecorded integrationEvent, CancellationToken cancellationToken)
    {
        using var scope = currentTenant.Id == integrationEvent.TenantId ? null : currentTenant.Change(integrationEvent.TenantId);
        if (await ExistsAsync(integrationEvent.EventId, cancellationToken))
        {
            return;
        }

        db.Entries.Add(AuditEntry.Record(
            integrationEvent.EventId,
            integrationEvent.TenantId,
            integrationEvent.OccurredAt,
            clock.GetUtcNow(),
            integrationEvent.Action,
            integrationEvent.Outcome,
            integrationEvent.ActorId,
            integrationEvent.ActorName,
            integrationEvent.ActorKind,
            integrationEvent.EntityType,
            integrationEvent.EntityId,
            integrationEvent.IpAddress,
            ChangeSet.Serialize(integrationEvent.Changes),
            integrationEvent.Details));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two dispatchers delivered the same event at once and the other one stored it: done.
            // Anything else is a real failure, and the outbox retries it.
            if (!await RacedAsync(integrationEvent.EventId))
            {
                throw;
            }
        }
    }

    // Within the event's tenant, which is the tenant of any entry with this event id.
    private Task<bool> ExistsAsync(Guid eventId, CancellationToken cancellationToken) =>
        db.Entries.AsNoTracking().AnyAsync(e => e.EventId == eventId, cancellationToken);

    private async Task<bool> RacedAsync(Guid eventId)
    {
        db.ChangeTracker.Clear();
        return await ExistsAsync(eventId, CancellationToken.None);
    }
}
