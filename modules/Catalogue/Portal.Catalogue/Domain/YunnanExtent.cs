namespace Portal.Catalogue.Domain;

/// <summary>
/// The bounding box of Yunnan province (about 21°08′–29°15′ N, 97°31′–106°12′ E), rounded outwards a
/// little so that a park on the border is never refused.
/// </summary>
internal static class YunnanExtent
{
    public const decimal MinLatitude = 21.1m;
    public const decimal MaxLatitude = 29.3m;
    public const decimal MinLongitude = 97.5m;
    public const decimal MaxLongitude = 106.2m;
}
