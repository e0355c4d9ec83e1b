using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.BuildingBlocks.Storage;
using Portal.Catalogue.Media.Domain;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Media.Features;

/// <summary>
/// Keeps the rows and the bytes together: bytes are stored first and removed again if the row does not
/// commit; a row is removed first and its bytes after, so no row ever points at missing bytes.
/// </summary>
internal static class MediaStore
{
    public static async Task<int> NextSortOrderAsync(CatalogueDbContext db, string ownerKind, Guid ownerId, CancellationToken cancellationToken) =>
        (await db.MediaItems.Where(m => m.OwnerKind == ownerKind && m.OwnerId == ownerId)
            .Select(m => (int?)m.SortOrder).MaxAsync(cancellationToken) ?? 0) + 1;

    public static Task<int> CountAsync(CatalogueDbContext db, string ownerKind, Guid ownerId, CancellationToken cancellationToken) =>
        db.MediaItems.CountAsync(m => m.OwnerKind == ownerKind && m.OwnerId == ownerId, cancellationToken);

    public static async Task AddAsync(
        CatalogueDbContext db, IMediaStorage storage, HttpContext http, MediaItem media,
        IReadOnlyDictionary<string, byte[]> variants, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var (variant, bytes) in variants)
            {
                using var content = new MemoryStream(bytes, writable: false);
                await storage.SaveAsync(media.KeyOf(variant), content, cancellationToken);
            }

            db.MediaItems.Add(media);
            db.AuditMedia(http, media, MediaAudit.Added);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            foreach (var variant in variants.Keys)
            {
                await storage.DeleteAsync(media.KeyOf(variant), CancellationToken.None);
            }

            throw;
        }
    }

    public static async Task RemoveAsync(
        CatalogueDbContext db, IMediaStorage storage, HttpContext http, MediaItem media, ILogger logger, CancellationToken cancellationToken)
    {
        db.MediaItems.Remove(media);
        db.AuditMedia(http, media, MediaAudit.Removed);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var key in media.Keys())
        {
            try
            {
                await storage.DeleteAsync(key, CancellationToken.None);
            }
            catch (IOException failed)
            {
                logger.LogWarning(failed, "Media {Key} stays in the storage: its row is gone", key);
            }
        }
    }
}
