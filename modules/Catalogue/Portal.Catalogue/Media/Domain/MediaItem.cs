using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Storage;

namespace Portal.Catalogue.Media.Domain;

/// <summary>
/// A photo of a park or project, or a PDF attachment of a policy: one prefecture's, like its owner. The
/// bytes live in <see cref="IMediaStorage"/> under <see cref="KeyOf"/>; the row says what they are.
/// </summary>
internal sealed class MediaItem : IMultiTenant
{
    public const string Original = "original";
    public const string Thumbnail = "thumb";

    private MediaItem()
    {
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    /// <summary>One of <see cref="Contracts.CatalogueItemKinds"/>: the kind of item it belongs to.</summary>
    public string OwnerKind { get; private set; } = "";

    public Guid OwnerId { get; private set; }

    /// <summary><see cref="MediaKinds.Photo"/> or <see cref="MediaKinds.Attachment"/>.</summary>
    public string Kind { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Length { get; private set; }

    public int? Width { get; private set; }

    public int? Height { get; private set; }

    /// <summary>Photos only: the size of the 400 px thumbnail.</summary>
    public long? ThumbnailLength { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the stored original: the ETag.</summary>
    public string Sha256 { get; private set; } = "";

    /// <summary>Attachments: the uploaded name, sanitized, offered again on download.</summary>
    public string? FileName { get; private set; }

    public string? Caption { get; private set; }

    public int SortOrder { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static MediaItem Photo(
        Guid tenantId, string ownerKind, Guid ownerId, string contentType, long length, int width, int height,
        long thumbnailLength, string sha256, string? caption, int sortOrder, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            OwnerKind = ownerKind,
            OwnerId = ownerId,
            Kind = MediaKinds.Photo,
            ContentType = contentType,
            Length = length,
            Width = width,
            Height = height,
            ThumbnailLength = thumbnailLength,
            Sha256 = sha256,
            Caption = caption,
            SortOrder = sortOrder,
            CreatedAt = Stamp(now),
        };

    public static MediaItem Attachment(
        Guid tenantId, string ownerKind, Guid ownerId, long length, string sha256, string fileName, string? caption, int sortOrder, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            OwnerKind = ownerKind,
            OwnerId = ownerId,
            Kind = MediaKinds.Attachment,
            ContentType = "application/pdf",
            Length = length,
            Sha256 = sha256,
            FileName = fileName,
            Caption = caption,
            SortOrder = sortOrder,
            CreatedAt = Stamp(now),
        };

    /// <summary>Where one variant's bytes are: under the prefecture, so tenants never share a path.</summary>
    public string KeyOf(string variant) => MediaKeys.For(TenantId ?? Guid.Empty, Id, variant);

    /// <summary>The variants stored for this item.</summary>
    public IEnumerable<string> Keys() => Kind == MediaKinds.Photo ? [KeyOf(Original), KeyOf(Thumbnail)] : [KeyOf(Original)];

    private static DateTimeOffset Stamp(DateTimeOffset now) => now.AddTicks(-(now.Ticks % 10));
}

internal static class MediaKinds
{
    public const string Photo = "photo";
    public const string Attachment = "attachment";
}

internal static class MediaLimits
{
    public const long MaxPhotoBytes = 10 * 1024 * 1024;
    public const long MaxPdfBytes = 20 * 1024 * 1024;

    /// <summary>Room for the multipart envelope and a caption around the file itself.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    public const int MaxSide = 1600;
    public const int ThumbnailSide = 400;

    /// <summary>Decoding bigger pictures would take too much memory (a "decompression bomb").</summary>
    public const long MaxPixels = 50_000_000;

    public const int MaxItemsPerOwner = 50;
    public const int CaptionMaxLength = 200;
    public const int FileNameMaxLength = 200;
    public const int ContentTypeMaxLength = 64;
    public const int KindMaxLength = 16;
}
