using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.BuildingBlocks.MultiTenancy;

namespace Portal.BuildingBlocks.Persistence;

/// <summary>
/// Stamps new tenant-owned rows with the current tenant and refuses any write to a row of
/// another tenant, so that a missing filter in a handler cannot become a data leak.
/// </summary>
public sealed class TenantStampingInterceptor(ICurrentTenant currentTenant) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Guard(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Guard(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Guard(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var tenantId = currentTenant.Id;
        foreach (var entry in context.ChangeTracker.Entries<IMultiTenant>())
        {
            var property = entry.Property(e => e.TenantId);
            switch (entry.State)
            {
                case EntityState.Added:
                    if (property.CurrentValue is null)
                    {
                        property.CurrentValue = tenantId;
                    }
                    else if (property.CurrentValue != tenantId)
                    {
                        throw Refuse(entry, "insert a row for another tenant");
                    }

                    break;
                case EntityState.Modified or EntityState.Deleted:
                    if (property.OriginalValue != tenantId)
                    {
                        throw Refuse(entry, "change a row of another tenant");
                    }

                    if (property.CurrentValue != property.OriginalValue)
                    {
                        throw Refuse(entry, "move a row to another tenant");
                    }

                    break;
            }
        }
    }

    private CrossTenantWriteException Refuse(EntityEntry entry, string what) =>
        new($"Refused to {what}: {entry.Metadata.ClrType.Name} under tenant '{currentTenant.Id?.ToString() ?? "host"}'.");
}
