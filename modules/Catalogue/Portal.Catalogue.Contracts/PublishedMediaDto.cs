namespace Portal.Catalogue.Contracts;

/// <summary>
/// A photo (JPEG, with a thumbnail) or a PDF attachment of a published item. The URLs are served
/// anonymously with long-lived caching while the item stays published.
/// </summary>
public sealed record PublishedMediaDto(
    Guid Id,
    string Url,
    string? ThumbnailUrl,
    string ContentType,
    long Length,
    int? Width,
    int? Height,
    string? FileName,
    string? Caption);
