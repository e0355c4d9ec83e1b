namespace Portal.Catalogue.Features.Parks;

/// <summary>A park in the admin list: enough to find it and see where it stands.</summary>
internal sealed record ParkSummary(
    Guid Id,
    string Name,
    string Kind,
    string Level,
    string? County,
    IReadOnlyList<string> Chains,
    decimal? AvailableLandMu,
    string Status,
    bool HasUnpublishedChanges,
    int Version,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt);
