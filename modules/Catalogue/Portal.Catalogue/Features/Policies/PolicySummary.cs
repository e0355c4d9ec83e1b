namespace Portal.Catalogue.Features.Policies;

/// <summary>A policy in the admin list.</summary>
internal sealed record PolicySummary(
    Guid Id,
    string Title,
    string Issuer,
    string? DocumentNumber,
    string Level,
    IReadOnlyList<string> Chains,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    bool Expired,
    string Status,
    bool HasUnpublishedChanges,
    int Version,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt);
