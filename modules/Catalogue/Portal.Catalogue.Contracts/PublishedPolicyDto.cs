namespace Portal.Catalogue.Contracts;

/// <summary>
/// An incentive policy as the public sees it: its last published version. <see cref="Expired"/> is
/// computed from today's date in China Standard Time; <see cref="Parks"/> lists only published parks.
/// </summary>
public sealed record PublishedPolicyDto(
    Guid Id,
    PrefectureRefDto Prefecture,
    string Title,
    string Issuer,
    string? DocumentNumber,
    string Level,
    IReadOnlyList<string> Chains,
    IReadOnlyList<ParkRefDto> Parks,
    IReadOnlyList<string> IncentiveKinds,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    bool Expired,
    string Body,
    DateTimeOffset PublishedAt)
{
    /// <summary>Its PDF attachments, in their order; live as soon as they are added to the published item.</summary>
    public IReadOnlyList<PublishedMediaDto> Attachments { get; init; } = [];
}
