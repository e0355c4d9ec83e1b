using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.Http;
using Portal.BuildingBlocks.Storage;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Localization;
using Portal.Catalogue.Media.Domain;
using Portal.Catalogue.Media.Processing;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Media.Features.UploadAttachment;

/// <summary>
/// <c>POST /api/admin/policies/{id}/attachments</c> (multipart, field <c>file</c>, optional <c>caption</c>):
/// a PDF of at most 20 MB, judged by its bytes, kept as uploaded with its (sanitized) name for download.
/// On a published policy it is public at once, like photos.
/// </summary>
internal static class UploadAttachmentEndpoint
{
    public static void Map(RouteGroupBuilder admin) => admin
        .MapPost("/policies/{id:guid}/attachments", HandleAsync)
        .WithMetadata(new RequestSizeLimitAttribute(MediaLimits.MaxPdfBytes + MediaLimits.FormOverheadBytes))
        .WithSummary("Attach a PDF (at most 20 MB) to a policy");

    private static async Task<Results<Created<MediaResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, HttpContext http, CatalogueDbContext db, IMediaStorage storage, IStringLocalizer<CatalogueMessages> text,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        const string OwnerKind = CatalogueItemKinds.Policy;
        if (!await MediaOwners.ExistsAsync(db, OwnerKind, id, cancellationToken))
        {
            return PortalResults.NotFound();
        }

        var (upload, problem) = await UploadForm.ReadAsync(http, MediaLimits.MaxPdfBytes, text, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (await MediaStore.CountAsync(db, OwnerKind, id, cancellationToken) >= MediaLimits.MaxItemsPerOwner)
        {
            return PortalResults.Conflict(text["MediaTooMany", MediaLimits.MaxItemsPerOwner], "media.too-many");
        }

        if (!PdfCheck.LooksLikePdf(upload!.Content))
        {
            return PortalResults.Problem(StatusCodes.Status400BadRequest, text["MediaNotAPdf"], "media.not-a-pdf");
        }

        var media = MediaItem.Attachment(
            db.CurrentTenantId!.Value, OwnerKind, id, upload.Content.Length, PdfCheck.Sha256(upload.Content),
            PdfCheck.SanitizeFileName(upload.FileName, MediaLimits.FileNameMaxLength), upload.Caption,
            await MediaStore.NextSortOrderAsync(db, OwnerKind, id, cancellationToken), clock.GetUtcNow());
        await MediaStore.AddAsync(
            db, storage, http, media, new Dictionary<string, byte[]>(StringComparer.Ordinal) { [MediaItem.Original] = upload.Content }, cancellationToken);
        return TypedResults.Created($"/api/admin/media/{media.Id}", MediaResponse.From(media));
    }
}
