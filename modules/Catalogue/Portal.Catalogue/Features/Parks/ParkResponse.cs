using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain;

namespace Portal.Catalogue.Features.Parks;

/// <summary>A park as its prefecture's admin API shows it: the working copy and where it stands in publishing.</summary>
internal sealed record ParkResponse(
    Guid Id,
    string Status,
    int Version,
    bool HasUnpublishedChanges,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
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
    IReadOnlyList<ContactDto> Contacts)
{
    /// <summary>Its photos, in their order (filled in by the GET of one item; empty elsewhere).</summary>
    public IReadOnlyList<Media.Features.MediaResponse> Photos { get; init; } = [];

    public static ParkResponse From(Park park) => new(
        park.Id,
        PublicationStatusCodes.Of(park.Status),
        park.Version,
        park.HasUnpublishedChanges,
        park.CreatedAt,
        park.UpdatedAt,
        park.PublishedAt,
        park.Name,
        park.ParkKind,
        park.Level,
        park.County,
        park.Address,
        park.Latitude,
        park.Longitude,
        park.PlannedAreaMu,
        park.AvailableLandMu,
        park.LandPriceWanPerMu,
        park.PowerPriceYuanPerKwh,
        park.WaterSupply,
        park.GasSupply,
        park.Logistics,
        park.Chains,
        park.NotableEnterprises,
        park.Description,
        [.. park.Contacts.Select(ContactBody.ToDto)]);
}
