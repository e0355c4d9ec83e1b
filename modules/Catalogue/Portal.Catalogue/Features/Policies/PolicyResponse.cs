using Portal.Catalogue.Domain;

namespace Portal.Catalogue.Features.Policies;

/// <summary>A policy as its prefecture's admin API shows it; <see cref="Expired"/> is computed from today's date in China.</summary>
internal sealed record PolicyResponse(
    Guid Id,
    string Status,
    int Version,
    bool HasUnpublishedChanges,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    string Title,
    string Issuer,
    string? DocumentNumber,
    string Level,
    IReadOnlyList<string> Chains,
    IReadOnlyList<Guid> Parks,
    IReadOnlyList<string> IncentiveKinds,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    bool Expired,
    string Body)
{
    /// <summary>Its PDF attachments, in their order (filled in by the GET of one item; empty elsewhere).</summary>
    public IReadOnlyList<Media.Features.MediaResponse> Attachments { get; init; } = [];

    public static PolicyResponse From(IncentivePolicy policy, DateOnly today) => new(
        policy.Id,
        PublicationStatusCodes.Of(policy.Status),
        policy.Version,
        policy.HasUnpublishedChanges,
        policy.CreatedAt,
        policy.UpdatedAt,
        policy.PublishedAt,
        policy.Title,
        policy.Issuer,
        policy.DocumentNumber,
        policy.Level,
        policy.Chains,
        policy.ParkIds,
        policy.IncentiveKinds,
        policy.EffectiveFrom,
        policy.EffectiveTo,
        policy.Content.IsExpiredOn(today),
        policy.Body);
}
