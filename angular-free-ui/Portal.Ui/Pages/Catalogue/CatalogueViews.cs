using System.Globalization;
using Portal.Catalogue.Contracts;

namespace Portal.Ui.Pages.Catalogue;

/// <summary>What the policy detail view shows; <see cref="Preview"/> marks a draft preview (its media links then point at the back office).</summary>
public sealed record PolicyView(PublishedPolicyDto Policy, IReadOnlyDictionary<string, IndustryChainDto> Chains, bool Preview);

/// <summary>What the project detail view shows; <see cref="Preview"/> marks a draft preview.</summary>
public sealed record ProjectView(PublishedProjectDto Project, IReadOnlyDictionary<string, IndustryChainDto> Chains, bool Preview);

/// <summary>A photo gallery: the item's name (for the pictures' text) and its photos.</summary>
public sealed record GalleryView(string Name, IReadOnlyList<PublishedMediaDto> Photos);

/// <summary>
/// A park's point inside Yunnan's extent (the bounding box the catalogue accepts), drawn as a small SVG
/// without map tiles: longitudes are narrowed by the cosine of the middle latitude, so that the shape is
/// roughly true; Kunming is marked for reference.
/// </summary>
public sealed record ParkMapView(decimal Latitude, decimal Longitude)
{
    public const double MinLatitude = 21.1;
    public const double MaxLatitude = 29.3;
    public const double MinLongitude = 97.5;
    public const double MaxLongitude = 106.2;
    public const double KunmingLatitude = 25.04;
    public const double KunmingLongitude = 102.71;

    /// <summary>SVG units per degree of latitude.</summary>
    private const double Scale = 40;

    private static readonly double LongitudeScale = Scale * Math.Cos((MinLatitude + MaxLatitude) / 2 * Math.PI / 180);

    private const double Margin = 6;

    private static readonly double WidthUnits = (MaxLongitude - MinLongitude) * LongitudeScale;

    private static readonly double HeightUnits = (MaxLatitude - MinLatitude) * Scale;

    public static string Width => Format(WidthUnits);

    public static string Height => Format(HeightUnits);

    /// <summary>The extent with a margin, so that the outline's stroke and a point on the border are not cut.</summary>
    public static string ViewBox => $"{Format(-Margin)} {Format(-Margin)} {Format(WidthUnits + (2 * Margin))} {Format(HeightUnits + (2 * Margin))}";

    public static string X(double longitude) => Format((longitude - MinLongitude) * LongitudeScale);

    public static string Y(double latitude) => Format((MaxLatitude - latitude) * Scale);

    public string ParkX => X((double)Longitude);

    public string ParkY => Y((double)Latitude);

    /// <summary>The whole degrees inside the extent, for the graticule.</summary>
    public static IEnumerable<int> Latitudes => Enumerable.Range(22, 8);

    public static IEnumerable<int> Longitudes => Enumerable.Range(98, 9);

    private static string Format(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
