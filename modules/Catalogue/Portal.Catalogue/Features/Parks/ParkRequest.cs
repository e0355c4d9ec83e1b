using Portal.Catalogue.Domain;

namespace Portal.Catalogue.Features.Parks;

/// <summary>
/// Body of <c>POST /api/admin/parks</c> and <c>PUT /api/admin/parks/{id}</c> (which also needs
/// <see cref="Version"/>, the version the edit is based on). Everything is nullable so that a missing
/// field is a field error, not a binding error.
/// </summary>
internal sealed record ParkRequest(
    string? Name,
    string? Kind,
    string? Level,
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
    string?[]? Chains,
    string?[]? NotableEnterprises,
    string? Description,
    ContactBody?[]? Contacts,
    int? Version)
{
    public ParkContent ToContent(RichTextSanitizer sanitizer) => new(
        TextInput.Required(Name),
        TextInput.Required(Kind),
        TextInput.Required(Level),
        TextInput.Optional(County),
        TextInput.Optional(Address),
        TextInput.Round(Latitude, ParkLimits.CoordinateScale),
        TextInput.Round(Longitude, ParkLimits.CoordinateScale),
        TextInput.Round(PlannedAreaMu, ParkLimits.AreaScale),
        TextInput.Round(AvailableLandMu, ParkLimits.AreaScale),
        TextInput.Round(LandPriceWanPerMu, ParkLimits.LandPriceScale),
        TextInput.Round(PowerPriceYuanPerKwh, ParkLimits.PowerPriceScale),
        TextInput.Optional(WaterSupply),
        TextInput.Optional(GasSupply),
        TextInput.Optional(Logistics),
        TextInput.Codes(Chains),
        TextInput.Lines(NotableEnterprises),
        sanitizer.Sanitize(Description),
        ContactBody.ToContacts(Contacts));
}
