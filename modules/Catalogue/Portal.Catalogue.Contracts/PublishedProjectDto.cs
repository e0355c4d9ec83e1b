namespace Portal.Catalogue.Contracts;

/// <summary>An investment project (招商项目) as the public sees it; <see cref="Park"/> is set only when that park is published.</summary>
public sealed record PublishedProjectDto(
    Guid Id,
    PrefectureRefDto Prefecture,
    string Name,
    string Chain,
    ParkRefDto? Park,
    decimal InvestmentWan,
    string CooperationMode,
    string? Description,
    ContactDto? Contact,
    DateTimeOffset PublishedAt)
{
    /// <summary>Its photos, in their order; live as soon as they are added to the published item.</summary>
    public IReadOnlyList<PublishedMediaDto> Photos { get; init; } = [];
}
