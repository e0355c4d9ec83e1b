using System.Globalization;
using Portal.BuildingBlocks.Localization;
using Portal.Catalogue.Contracts;

namespace Portal.Ui.Pages.Catalogue;

/// <summary>How catalogue values read on a page: chain names in the visitor's language, figures without trailing zeros, map links.</summary>
internal static class CatalogueFormat
{
    public static string ChainName(IReadOnlyDictionary<string, IndustryChainDto> chains, string code) =>
        chains.TryGetValue(code, out var chain) ? (PortalCultures.IsEnglish ? chain.NameEn : chain.NameZh) : code;

    public static string PrefectureName(PrefectureRefDto prefecture) =>
        PortalCultures.IsEnglish && !string.IsNullOrWhiteSpace(prefecture.NameEn) ? prefecture.NameEn : prefecture.Name;

    public static string Number(decimal value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);

    public static string Coordinate(decimal value) => value.ToString("0.000000", CultureInfo.InvariantCulture);

    /// <summary>An OpenStreetMap link centred on the point (opened by the visitor; no map tiles are embedded).</summary>
    public static string MapUrl(decimal latitude, decimal longitude)
    {
        var lat = Coordinate(latitude);
        var lon = Coordinate(longitude);
        return $"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=13/{lat}/{lon}";
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
