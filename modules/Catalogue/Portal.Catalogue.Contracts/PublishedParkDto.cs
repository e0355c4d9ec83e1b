namespace Portal.Catalogue.Contracts;

/// <summary>A park as the public sees it: its last published version. Areas in 亩, land price in 万元/亩, power in 元/kWh.</summary>
public sealed record PublishedParkDto(
    Guid Id,
    PrefectureRefDto Prefecture,
    string Name,
    string Kind,
    string Level,
    string? County,
    string? Address,
    decimal? Latitude,
    decimal? Longitude,
    decimal? PlannedAreaMu,
    decimal? AvailableLandMu,
    decimal? LandPriceWanPerMu,
    decimal? PowerPriceYuanPerKwh,
    string? WaterSupply,
    string? GasSupply,
    string? Logistics,
    IReadOnlyList<string> Chains,
    IReadOnlyList<string> NotableEnterprises,
    string? Description,
    IReadOnlyList<ContactDto> Contacts,
    DateTimeOffset PublishedAt)
{
    /// <summary>Its photos, in their order; live as soon as they are added to the published item.</summary>
    public IReadOnlyList<PublishedMediaDto> Photos { get; init; } = [];
}
