using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Portal.BuildingBlocks.Http;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Persistence;
using Portal.BuildingBlocks.Storage;
using Portal.Catalogue.Media.Domain;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Media.Features.ServeMedia;

/// <summary>
/// <c>GET /media/{id}</c> and <c>/media/{id}/thumb</c>: anonymous, for media of published items of active
/// prefectures (found by id across prefectures), cached for a year as immutable with the SHA-256 as ETag.
/// <c>GET /api/admin/media/{id}</c> and <c>…/thumb</c>: the current prefecture's own media whatever the
/// item's status, never cached by shared caches. Anything else is a 404.
/// </summary>
internal static class ServeMediaEndpoint
{
    public const string PublicCaching = "public, max-age=31536000, immutable";
    public const string PrivateCaching = "private, no-cache";

    public static void MapPublic(IEndpointRouteBuilder endpoints)
    {
        var media = endpoints.MapGroup("/media").AllowAnonymous().WithTags("Catalogue");
        media.MapGet("/{id:guid}", (Guid id, HttpContext http, CatalogueDbContext db, CrossTenantReader reader, ITenantStore tenants, IMediaStorage storage, CancellationToken cancellationToken) =>
            PublicAsync(id, MediaItem.Original, http, db, reader, tenants, storage, cancellationToken))
            .WithSummary("A photo or attachment of a published item");
        media.MapGet("/{id:guid}/thumb", (Guid id, HttpContext http, CatalogueDbContext db, CrossTenantReader reader, ITenantStore tenants, IMediaStorage storage, CancellationToken cancellationToken) =>
            PublicAsync(id, MediaItem.Thumbnail, http, db, reader, tenants, storage, cancellationToken))
            .WithSummary("The thumbnail of a photo of a published item");
    }

    public static void MapAdmin(RouteGroupBuilder admin)
    {
        admin.MapGet("/media/{id:guid}", (Guid id, HttpContext http, CatalogueDbContext db, IMediaStorage storage, CancellationToken cancellationToken) =>
            AdminAsync(id, MediaItem.Original, http, db, storage, cancellationToken))
            .WithSummary("One of the prefecture's photos or attachments, published or not");
        admin.MapGet("/media/{id:guid}/thumb", (Guid id, HttpContext http, CatalogueDbContext db, IMediaStorage storage, CancellationToken cancellationToken) =>
            AdminAsync(id, MediaItem.Thumbnail, http, db, storage, cancellationToken))
            .WithSummary("The thumbnail of one of the prefecture's photos");
    }

    private static async Task<IResult> PublicAsync(
        Guid id, string variant, HttpContext http, CatalogueDbContext db, CrossTenantReader reader, ITenantStore tenants,
        IMediaStorage storage, CancellationToken cancellationToken)
    {
        var media = await reader.AcrossTenants(db.MediaItems.AsNoTracking(), "public read of media by id")
            .FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (media is null || !await MediaOwners.IsPublishedAsync(db, reader, tenants, media, cancellationToken))
        {
            return PortalResults.NotFound();
        }

        return await ServeAsync(media, variant, PublicCaching, http, storage, cancellationToken);
    }

    private static async Task<IResult> AdminAsync(
        Guid id, string variant, HttpContext http, CatalogueDbContext db, IMediaStorage storage, CancellationToken cancellationToken)
    {
        var media = await db.MediaItems.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return media is null
            ? PortalResults.NotFound()
            : await ServeAsync(media, variant, PrivateCaching, http, storage, cancellationToken);
    }

    private static async Task<IResult> ServeAsync(
        MediaItem media, string variant, string caching, HttpContext http, IMediaStorage storage, CancellationToken cancellationToken)
    {
        if (variant == MediaItem.Thumbnail && media.Kind != MediaKinds.Photo)
        {
            return PortalResults.NotFound();
        }

        var etag = new EntityTagHeaderValue($"\"{media.Sha256}{(variant == MediaItem.Original ? "" : "-" + variant)}\"");
        if (Matches(http.Request, etag))
        {
            SetHeaders(http.Response, etag, caching);
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var content = await storage.OpenReadAsync(media.KeyOf(variant), cancellationToken);
        if (content is null)
        {
            return PortalResults.NotFound();
        }

        SetHeaders(http.Response, etag, caching);
        var headers = http.Response.Headers;
        if (media.Kind == MediaKinds.Attachment)
        {
            // A PDF is never rendered as part of a page of ours: downloaded, with its name (filename* per RFC 5987 for Chinese names).
            headers.ContentSecurityPolicy = "sandbox";
            return TypedResults.Stream(content, media.ContentType, media.FileName, entityTag: etag);
        }

        return TypedResults.Stream(content, media.ContentType, entityTag: etag);
    }

    private static void SetHeaders(HttpResponse response, EntityTagHeaderValue etag, string caching)
    {
        response.Headers.CacheControl = caching;
        response.Headers.ETag = etag.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
    }

    private static bool Matches(HttpRequest request, EntityTagHeaderValue etag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
}
