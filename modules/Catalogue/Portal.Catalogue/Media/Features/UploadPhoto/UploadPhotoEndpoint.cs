using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.Http;
using Portal.BuildingBlocks.Storage;
using Portal.Catalogue.Localization;
using Portal.Catalogue.Media.Domain;
using Portal.Catalogue.Media.Processing;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Media.Features.UploadPhoto;

/// <summary>
/// <c>POST /api/admin/{parks|projects}/{id}/photos</c> (multipart, field <c>file</c>, optional <c>caption</c>):
/// a JPEG, PNG or WebP picture of at most 10 MB, stored re-encoded as JPEG without metadata, with a
/// thumbnail. On a published item the photo is public at once: media are not part of the publishing snapshot.
/// </summary>
internal static class UploadPhotoEndpoint
{
    public static void Map(RouteGroupBuilder admin, string items, string ownerKind) => admin
        .MapPost($"/{items}/{{id:guid}}/photos", (
            Guid id, HttpContext http, CatalogueDbContext db, IMediaStorage storage, IStringLocalizer<CatalogueMessages> text,
            TimeProvider clock, CancellationToken cancellationToken) =>
            HandleAsync(ownerKind, id, http, db, storage, text, clock, cancellationToken))
        .WithMetadata(new RequestSizeLimitAttribute(MediaLimits.MaxPhotoBytes + MediaLimits.FormOverheadBytes))
        .WithSummary("Add a photo (JPEG, PNG or WebP, at most 10 MB)");

    private static async Task<Results<Created<MediaResponse>, ProblemHttpResult>> HandleAsync(
        string ownerKind, Guid id, HttpContext http, CatalogueDbContext db, IMediaStorage storage,
        IStringLocalizer<CatalogueMessages> text, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await MediaOwners.ExistsAsync(db, ownerKind, id, cancellationToken))
        {
            return PortalResults.NotFound();
        }

        var (upload, problem) = await UploadForm.ReadAsync(http, MediaLimits.MaxPhotoBytes, text, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (await MediaStore.CountAsync(db, ownerKind, id, cancellationToken) >= MediaLimits.MaxItemsPerOwner)
        {
            return PortalResults.Conflict(text["MediaTooMany", MediaLimits.MaxItemsPerOwner], "media.too-many");
        }

        if (PhotoProcessor.Process(upload!.Content) is not { } photo)
        {
            return PortalResults.Problem(StatusCodes.Status400BadRequest, text["MediaNotAPhoto"], "media.not-a-photo");
        }

        var media = MediaItem.Photo(
            db.CurrentTenantId!.Value, ownerKind, id, ProcessedPhoto.ContentType, photo.Picture.Length, photo.Width, photo.Height,
            photo.Thumbnail.Length, photo.Sha256, upload.Caption, await MediaStore.NextSortOrderAsync(db, ownerKind, id, cancellationToken),
            clock.GetUtcNow());
        await MediaStore.AddAsync(
            db, storage, http, media,
            new Dictionary<string, byte[]>(StringComparer.Ordinal) { [MediaItem.Original] = photo.Picture, [MediaItem.Thumbnail] = photo.Thumbnail },
            cancellationToken);
        return TypedResults.Created($"/api/admin/media/{media.Id}", MediaResponse.From(media));
    }
}
