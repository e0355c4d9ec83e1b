using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Persistence;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Media.Domain;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Media.Features;

/// <summary>Which items media belong to, and whether the public may see them.</summary>
internal static class MediaOwners
{
    /// <summary>The current prefecture has this item (the tenant filter applies: another prefecture's item is "not there").</summary>
    public static Task<bool> ExistsAsync(CatalogueDbContext db, string ownerKind, Guid id, CancellationToken cancellationToken) => ownerKind switch
    {
        CatalogueItemKinds.Park => db.Parks.AnyAsync(p => p.Id == id, cancellationToken),
        CatalogueItemKinds.Project => db.Projects.AnyAsync(p => p.Id == id, cancellationToken),
        CatalogueItemKinds.Policy => db.Policies.AnyAsync(p => p.Id == id, cancellationToken),
        _ => Task.FromResult(false),
    };

    /// <summary>
    /// The public sees an item's media while the item is published by an active prefecture. Media are
    /// not versioned with the item's snapshot: a photo added to or removed from a published item is
    /// live at once (the choice documented in docs and on the upload endpoints).
    /// </summary>
    public static async Task<bool> IsPublishedAsync(
        CatalogueDbContext db, CrossTenantReader reader, ITenantStore tenants, MediaItem media, CancellationToken cancellationToken)
    {
        if (media.TenantId is not { } tenantId)
        {
            return false;
        }

        const string Reason = "public read of media of a published item";
        var published = media.OwnerKind switch
        {
            CatalogueItemKinds.Park => await reader.AcrossTenants(db.Parks.AsNoTracking(), Reason)
                .AnyAsync(p => p.Id == media.OwnerId && p.TenantId == tenantId && p.Status == PublicationStatus.Published, cancellationToken),
            CatalogueItemKinds.Project => await reader.AcrossTenants(db.Projects.AsNoTracking(), Reason)
                .AnyAsync(p => p.Id == media.OwnerId && p.TenantId == tenantId && p.Status == PublicationStatus.Published, cancellationToken),
            CatalogueItemKinds.Policy => await reader.AcrossTenants(db.Policies.AsNoTracking(), Reason)
                .AnyAsync(p => p.Id == media.OwnerId && p.TenantId == tenantId && p.Status == PublicationStatus.Published, cancellationToken),
            _ => false,
        };
        return published && await tenants.FindByIdAsync(tenantId, cancellationToken) is { IsActive: true };
    }

    /// <summary>The media of a published item, for the public DTOs (the item was already found published).</summary>
    public static async Task<IReadOnlyList<PublishedMediaDto>> PublishedAsync(
        CatalogueDbContext db, CrossTenantReader reader, Guid tenantId, string ownerKind, Guid ownerId, CancellationToken cancellationToken)
    {
        var rows = await MediaQueries.OfOwner(
                reader.AcrossTenants(db.MediaItems.AsNoTracking(), "public read of the media of a published item").Where(m => m.TenantId == tenantId),
                ownerKind,
                ownerId)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(MediaResponse.ToPublished)];
    }
}
