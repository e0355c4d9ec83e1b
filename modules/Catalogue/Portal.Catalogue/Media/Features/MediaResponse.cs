using Microsoft.EntityFrameworkCore;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Media.Domain;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Media.Features;

/// <summary>A photo or attachment as the admin API shows it; <see cref="Url"/> reads it back whatever its item's status.</summary>
internal sealed record MediaResponse(
    Guid Id,
    string Kind,
    string ContentType,
    long Length,
    int? Width,
    int? Height,
    string? FileName,
    string? Caption,
    int SortOrder,
    string Sha256,
    DateTimeOffset CreatedAt,
    string Url,
    string? ThumbnailUrl,
    string PublicUrl)
{
    public static MediaResponse From(MediaItem media) => new(
        media.Id,
        media.Kind,
        media.ContentType,
        media.Length,
        media.Width,
        media.Height,
        media.FileName,
        media.Caption,
        media.SortOrder,
        media.Sha256,
        media.CreatedAt,
        $"/api/admin/media/{media.Id}",
        media.Kind == MediaKinds.Photo ? $"/api/admin/media/{media.Id}/thumb" : null,
        $"/media/{media.Id}");

    public static PublishedMediaDto ToPublished(MediaItem media) => new(
        media.Id,
        $"/media/{media.Id}",
        media.Kind == MediaKinds.Photo ? $"/media/{media.Id}/thumb" : null,
        media.ContentType,
        media.Length,
        media.Width,
        media.Height,
        media.FileName,
        media.Caption);
}

/// <summary>The media of one item, in their order.</summary>
internal static class MediaQueries
{
    /// <summary>The current prefecture's media of an item (the tenant filter applies).</summary>
    public static async Task<IReadOnlyList<MediaResponse>> ListAsync(
        CatalogueDbContext db, string ownerKind, Guid ownerId, CancellationToken cancellationToken) =>
        [.. (await OfOwner(db.MediaItems.AsNoTracking(), ownerKind, ownerId).ToListAsync(cancellationToken)).Select(MediaResponse.From)];

    public static IQueryable<MediaItem> OfOwner(IQueryable<MediaItem> media, string ownerKind, Guid ownerId) => media
        .Where(m => m.OwnerKind == ownerKind && m.OwnerId == ownerId)
        .OrderBy(m => m.SortOrder)
        .ThenBy(m => m.Id);
}
