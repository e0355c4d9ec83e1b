namespace Portal.Catalogue.Domain.Rules;

/// <summary>Half a coordinate cannot be put on a map: both or neither.</summary>
internal sealed class LatitudeAndLongitudeGoTogether(decimal? latitude, decimal? longitude) : IBusinessRule
{
    public bool IsBroken() => latitude.HasValue != longitude.HasValue;

    public RuleViolation Violation => new(latitude.HasValue ? "longitude" : "latitude", "CoordinateMissing", "park.coordinate-missing");
}
