using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Outbox;
using Portal.BuildingBlocks.Storage;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Media.Features.RemoveMediaOfDeletedItem;

/// <summary>
/// When a park, policy or project is deleted, its photos and attachments go too: the rows, then the
/// bytes. Delivered from the outbox after the deletion committed; idempotent (a retry finds nothing left).
/// </summary>
internal sealed class RemoveMediaOfDeletedItemHandler(
    CatalogueDbContext db, ICurrentTenant currentTenant, IMediaStorage storage, ILogger<RemoveMediaOfDeletedItemHandler> logger)
    : IIntegrationEventHandler<CatalogueItemDeleted>
{
    public async Task HandleAsync(CatalogueItemDeleted integrationEvent, CancellationToken cancellationToken)
    {
        using var tenant = currentTenant.Change(integrationEvent.TenantId);
        var media = await db.MediaItems
            .Where(m => m.OwnerKind == integrationEvent.Kind && m.OwnerId == integrationEvent.ItemId)
            .ToListAsync(cancellationToken);
        if (media.Count == 0)
        {
            return;
        }

        db.MediaItems.RemoveRange(media);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var key in media.SelectMany(m => m.Keys()))
        {
            try
            {
                await storage.DeleteAsync(key, CancellationToken.None);
            }
            catch (IOException failed)
            {
                logger.LogWarning(failed, "Media {Key} of a deleted item stays in the storage", key);
            }
        }

        logger.LogInformation("Removed {Count} media of deleted {Kind} {Id}", media.Count, integrationEvent.Kind, integrationEvent.ItemId);
    }
}
