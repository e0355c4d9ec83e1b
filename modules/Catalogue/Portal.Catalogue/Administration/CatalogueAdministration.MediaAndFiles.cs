using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Http;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Features;
using Portal.Catalogue.ImportExport;
using Portal.Catalogue.Media.Domain;
using Portal.Catalogue.Media.Features;
using Portal.Catalogue.Media.Processing;

namespace Portal.Catalogue.Administration;

/// <summary>
/// Photos, attachments, import and export in the back office: the upload endpoints' checks
/// (<see cref="PhotoProcessor"/>, <see cref="PdfCheck"/>, <see cref="MediaStore"/>) and the import's and
/// export's own code (<see cref="ImportEndpoint.RunAsync"/>, <see cref="ExportEndpoint.BuildAsync"/>).
/// </summary>
internal sealed partial class CatalogueAdministration
{
    public async Task<CatalogueAdminResult<IReadOnlyList<AdminMediaDto>>> ListMediaAsync(string kind, Guid id, CancellationToken cancellationToken = default)
    {
        if (currentTenant.Id is null)
        {
            return PrefectureRequired<IReadOnlyList<AdminMediaDto>>();
        }

        if (!CatalogueItemKinds.All.Contains(kind) || !await MediaOwners.ExistsAsync(db, kind, id, cancellationToken))
        {
            return new(CatalogueAdminOutcome.NotFound);
        }

        var rows = await MediaQueries.OfOwner(db.MediaItems.AsNoTracking(), kind, id).ToListAsync(cancellationToken);
        return new(CatalogueAdminOutcome.Succeeded, [.. rows.Select(ToDto)]);
    }

    public async Task<CatalogueAdminResult<AdminMediaDto>> AddMediaAsync(
        string kind, Guid id, byte[] content, string? fileName, string? caption, CancellationToken cancellationToken = default)
    {
        if (currentTenant.Id is not { } tenantId)
        {
            return PrefectureRequired<AdminMediaDto>();
        }

        if (!CatalogueItemKinds.All.Contains(kind) || !await MediaOwners.ExistsAsync(db, kind, id, cancellationToken))
        {
            return new(CatalogueAdminOutcome.NotFound);
        }

        var isPhoto = kind != CatalogueItemKinds.Policy;
        var maxBytes = isPhoto ? MediaLimits.MaxPhotoBytes : MediaLimits.MaxPdfBytes;
        if (content.Length == 0)
        {
            return FileError<AdminMediaDto>(text["MediaFileRequired"]);
        }

        if (content.LongLength > maxBytes)
        {
            return FileError<AdminMediaDto>(text["MediaTooLarge", maxBytes / (1024 * 1024)]);
        }

        var trimmedCaption = string.IsNullOrWhiteSpace(caption) ? null : caption.Trim();
        if (trimmedCaption?.Length > MediaLimits.CaptionMaxLength)
        {
            return new(CatalogueAdminOutcome.Invalid, FieldErrors: new ValidationErrors()
                .Add("caption", text["MediaCaptionTooLong", MediaLimits.CaptionMaxLength]).ToDictionary());
        }

        if (await MediaStore.CountAsync(db, kind, id, cancellationToken) >= MediaLimits.MaxItemsPerOwner)
        {
            return new(CatalogueAdminOutcome.Refused, Message: text["MediaTooMany", MediaLimits.MaxItemsPerOwner]);
        }

        var order = await MediaStore.NextSortOrderAsync(db, kind, id, cancellationToken);
        MediaItem media;
        Dictionary<string, byte[]> variants;
        if (isPhoto)
        {
            if (PhotoProcessor.Process(content) is not { } photo)
            {
                return FileError<AdminMediaDto>(text["MediaNotAPhoto"]);
            }

            media = MediaItem.Photo(
                tenantId, kind, id, ProcessedPhoto.ContentType, photo.Picture.Length, photo.Width, photo.Height,
                photo.Thumbnail.Length, photo.Sha256, trimmedCaption, order, clock.GetUtcNow());
            variants = new(StringComparer.Ordinal) { [MediaItem.Original] = photo.Picture, [MediaItem.Thumbnail] = photo.Thumbnail };
        }
        else
        {
            if (!PdfCheck.LooksLikePdf(content))
            {
                return FileError<AdminMediaDto>(text["MediaNotAPdf"]);
            }

            media = MediaItem.Attachment(
                tenantId, kind, id, content.Length, PdfCheck.Sha256(content),
                PdfCheck.SanitizeFileName(fileName, MediaLimits.FileNameMaxLength), trimmedCaption, order, clock.GetUtcNow());
            variants = new(StringComparer.Ordinal) { [MediaItem.Original] = content };
        }

        await MediaStore.AddAsync(db, storage, Http, media, variants, cancellationToken);
        return new(CatalogueAdminOutcome.Succeeded, ToDto(media));
    }

    public async Task<CatalogueAdminResult<bool>> RemoveMediaAsync(string kind, Guid id, Guid mediaId, CancellationToken cancellationToken = default)
    {
        if (currentTenant.Id is null)
        {
            return PrefectureRequired<bool>();
        }

        var media = await db.MediaItems.FirstOrDefaultAsync(m => m.Id == mediaId && m.OwnerId == id && m.OwnerKind == kind, cancellationToken);
        if (media is null)
        {
            return new(CatalogueAdminOutcome.NotFound);
        }

        await MediaStore.RemoveAsync(db, storage, Http, media, logger, cancellationToken);
        return new(CatalogueAdminOutcome.Succeeded, true);
    }

    public async Task<CatalogueAdminResult<CatalogueAdminFile>> OpenMediaAsync(
        string kind, Guid id, Guid mediaId, bool thumbnail, CancellationToken cancellationToken = default)
    {
        if (currentTenant.Id is null)
        {
            return PrefectureRequired<CatalogueAdminFile>();
        }

        var media = await db.MediaItems.AsNoTracking()
            .FirstOrDefaultAsync(m => m.Id == mediaId && m.OwnerId == id && m.OwnerKind == kind, cancellationToken);
        var variant = thumbnail && media?.Kind == MediaKinds.Photo ? MediaItem.Thumbnail : MediaItem.Original;
        if (media is null || await storage.OpenReadAsync(media.KeyOf(variant), cancellationToken) is not { } stream)
        {
            return new(CatalogueAdminOutcome.NotFound);
        }

        await using (stream)
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, cancellationToken);
            return new(CatalogueAdminOutcome.Succeeded, new CatalogueAdminFile(copy.ToArray(), media.ContentType, media.FileName ?? $"{media.Id}.jpg"));
        }
    }

    public async Task<CatalogueAdminResult<CatalogueImportReportDto>> ImportAsync(
        string kind, string mode, string? fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        if (currentTenant.Id is null)
        {
            return PrefectureRequired<CatalogueImportReportDto>();
        }

        if (SheetOf(kind) is not { } sheet)
        {
            return new(CatalogueAdminOutcome.NotFound);
        }

        if (!CatalogueImportModes.All.Contains(mode))
        {
            return new(CatalogueAdminOutcome.Invalid, FieldErrors: new ValidationErrors()
                .Add("mode", importText["ModeInvalid", string.Join(", ", CatalogueImportModes.All)]).ToDictionary());
        }

        if (content.Length == 0)
        {
            return FileError<CatalogueImportReportDto>(importText["FileRequired"]);
        }

        if (content.LongLength > ImportEndpoint.MaxFileBytes)
        {
            return FileError<CatalogueImportReportDto>(importText["FileTooLarge", ImportEndpoint.MaxFileBytes / 1024 / 1024]);
        }

        var context = new ImportContext(db, Http, currentTenant, sanitizer, text, importText, clock.GetUtcNow());
        var outcome = await ImportEndpoint.RunAsync(sheet, mode, fileName, content, context, cancellationToken);
        if (outcome.Report is { } report)
        {
            return new(CatalogueAdminOutcome.Succeeded, new CatalogueImportReportDto(
                report.Mode, report.Total, report.Valid, report.Invalid, report.Imported,
                [.. report.Rows.Select(r => new CatalogueImportRowDto(r.Row, r.Status, r.Errors, r.Id))]));
        }

        return outcome.Conflict is { } conflict
            ? new(CatalogueAdminOutcome.Refused, Message: conflict)
            : FileError<CatalogueImportReportDto>(outcome.FileError!);
    }

    public async Task<CatalogueAdminResult<CatalogueAdminFile>> ExportAsync(
        string kind, string format, CatalogueAdminQuery query, CancellationToken cancellationToken = default)
    {
        if (currentTenant.Id is null)
        {
            return PrefectureRequired<CatalogueAdminFile>();
        }

        if (SheetOf(kind) is not { } sheet)
        {
            return new(CatalogueAdminOutcome.NotFound);
        }

        var list = new ListQuery(query.Status, query.Q, query.Chain, 1, ListQuery.DefaultPageSize);
        var errors = list.Validate(text);
        if (format is not "csv" and not "xlsx")
        {
            errors.Add("format", importText["FormatInvalid"]);
        }

        if (errors.HasErrors)
        {
            return new(CatalogueAdminOutcome.Invalid, FieldErrors: errors.ToDictionary());
        }

        var (bytes, contentType, fileName) = await ExportEndpoint.BuildAsync(sheet, list, format, db, clock, cancellationToken);
        return new(CatalogueAdminOutcome.Succeeded, new CatalogueAdminFile(bytes, contentType, fileName));
    }

    /// <summary>The item's media as the public DTO (for a preview); the page points the URLs at its own back-office handler.</summary>
    private async Task<IReadOnlyList<PublishedMediaDto>> AdminMediaAsPublishedAsync(string kind, Guid id, CancellationToken cancellationToken)
    {
        var rows = await MediaQueries.OfOwner(db.MediaItems.AsNoTracking(), kind, id).ToListAsync(cancellationToken);
        return [.. rows.Select(MediaResponse.ToPublished)];
    }

    private static IItemSheet? SheetOf(string kind) => kind switch
    {
        CatalogueItemKinds.Park => new ParkSheet(),
        CatalogueItemKinds.Policy => new PolicySheet(),
        CatalogueItemKinds.Project => new ProjectSheet(),
        _ => null,
    };

    private static CatalogueAdminResult<T> FileError<T>(string message) =>
        new(CatalogueAdminOutcome.Invalid, FieldErrors: new ValidationErrors().Add("file", message).ToDictionary());

    private static AdminMediaDto ToDto(MediaItem media) => new(
        media.Id, media.Kind, media.ContentType, media.Length, media.Width, media.Height, media.FileName, media.Caption, media.CreatedAt);
}
