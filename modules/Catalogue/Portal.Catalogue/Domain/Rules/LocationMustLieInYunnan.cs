namespace Portal.Catalogue.Domain.Rules;

/// <summary>
/// Every park of the portal is in Yunnan. A point outside the province's extent is almost always
/// latitude and longitude swapped, or a coordinate copied from the wrong map.
/// </summary>
internal sealed class LocationMustLieInYunnan(string path, decimal? value, decimal min, decimal max) : IBusinessRule
{
    public static IEnumerable<IBusinessRule> For(decimal? latitude, decimal? longitude) =>
    [
        new LocationMustLieInYunnan("latitude", latitude, YunnanExtent.MinLatitude, YunnanExtent.MaxLatitude),
        new LocationMustLieInYunnan("longitude", longitude, YunnanExtent.MinLongitude, YunnanExtent.MaxLongitude),
    ];

    public bool IsBroken() => value is { } v && (v < min || v > max);

    public RuleViolation Violation => new(path, "OutsideYunnan", "park.outside-yunnan", min, max);
}
