using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Portal.CatalogueSearch.Contracts;

/// <summary>
/// A search as the query string of <c>GET /api/search</c> states it. Codes are the API's: kinds
/// (<c>park</c>, <c>policy</c>, <c>project</c>), prefecture slugs, industry-chain codes, level codes
/// (<c>national</c>, …), sorts (<c>relevance</c>, <c>newest</c>). Nothing is checked here:
/// <see cref="ICatalogueSearch.SearchAsync"/> validates and answers field errors.
/// </summary>
public sealed record CatalogueSearchRequest
{
    /// <summary>What the user typed; empty: everything that passes the filters.</summary>
    public string? Q { get; init; }

    public IReadOnlyList<string> Kinds { get; init; } = [];

    public IReadOnlyList<string> Prefectures { get; init; } = [];

    public IReadOnlyList<string> Chains { get; init; } = [];

    /// <summary>Park or policy levels; projects have none and drop out when a level is given.</summary>
    public IReadOnlyList<string> Levels { get; init; } = [];

    public decimal? MinAvailableMu { get; init; }

    public decimal? MaxLandPriceWanPerMu { get; init; }

    public decimal? MaxPowerPriceYuanPerKwh { get; init; }

    /// <summary>True: drop policies not in force today (China Standard Time); parks and projects stay.</summary>
    public bool InForce { get; init; }

    /// <summary>1-based; null: the first page.</summary>
    public int? Page { get; init; }

    /// <summary>1..<see cref="CatalogueSearchLimits.MaxPageSize"/>; null: <see cref="CatalogueSearchLimits.DefaultPageSize"/>.</summary>
    public int? PageSize { get; init; }

    /// <summary><c>relevance</c> (default) or <c>newest</c>.</summary>
    public string? Sort { get; init; }

    /// <summary>
    /// Query-string names whose value could not be read as the number or boolean it must be
    /// (<c>page=abc</c>); <see cref="ICatalogueSearch.SearchAsync"/> answers a field error for each.
    /// </summary>
    public IReadOnlyList<string> MalformedParameters { get; init; } = [];

    /// <summary>
    /// Reads the query string of <c>GET /api/search</c> (or of the search page), parameter names as in
    /// <see cref="CatalogueSearchParameters"/>; unknown parameters are ignored, malformed values are
    /// listed in <see cref="MalformedParameters"/>.
    /// </summary>
    public static CatalogueSearchRequest FromQuery(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var values = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in query)
        {
            values[name] = StringValues.Concat(values.GetValueOrDefault(name), value);
        }

        var malformed = new List<string>();
        string? Single(string name) =>
            values.TryGetValue(name, out var value) ? value.LastOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() : null;

        IReadOnlyList<string> Many(string name) => values.TryGetValue(name, out var value)
            ? [.. value.SelectMany(v => (v ?? "").Split(',')).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal)]
            : [];

        decimal? Decimal(string name)
        {
            if (Single(name) is not { } text)
            {
                return null;
            }

            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            malformed.Add(name);
            return null;
        }

        int? Integer(string name)
        {
            if (Single(name) is not { } text)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            malformed.Add(name);
            return null;
        }

        bool Boolean(string name)
        {
            switch (Single(name)?.ToLowerInvariant())
            {
                case null or "false" or "0" or "no":
                    return false;
                case "true" or "1" or "yes" or "on":
                    return true;
                default:
                    malformed.Add(name);
                    return false;
            }
        }

        return new CatalogueSearchRequest
        {
            Q = values.TryGetValue(CatalogueSearchParameters.Q, out var q) ? q.LastOrDefault() : null,
            Kinds = Many(CatalogueSearchParameters.Kind),
            Prefectures = Many(CatalogueSearchParameters.Prefecture),
            Chains = Many(CatalogueSearchParameters.Chain),
            Levels = Many(CatalogueSearchParameters.Level),
            MinAvailableMu = Decimal(CatalogueSearchParameters.MinAvailableMu),
            MaxLandPriceWanPerMu = Decimal(CatalogueSearchParameters.MaxLandPriceWanPerMu),
            MaxPowerPriceYuanPerKwh = Decimal(CatalogueSearchParameters.MaxPowerPriceYuanPerKwh),
            InForce = Boolean(CatalogueSearchParameters.InForce),
            Page = Integer(CatalogueSearchParameters.Page),
            PageSize = Integer(CatalogueSearchParameters.PageSize),
            Sort = Single(CatalogueSearchParameters.Sort),
            MalformedParameters = malformed,
        };
    }
}

/// <summary>The query-string names of <c>GET /api/search</c>; also the keys of field errors.</summary>
public static class CatalogueSearchParameters
{
    public const string Q = "q";
    public const string Kind = "kind";
    public const string Prefecture = "prefecture";
    public const string Chain = "chain";
    public const string Level = "level";
    public const string MinAvailableMu = "minAvailableMu";
    public const string MaxLandPriceWanPerMu = "maxLandPriceWanPerMu";
    public const string MaxPowerPriceYuanPerKwh = "maxPowerPriceYuanPerKwh";
    public const string InForce = "inForce";
    public const string Page = "page";
    public const string PageSize = "pageSize";
    public const string Sort = "sort";

    /// <summary>Of <c>GET /api/search/suggest</c>.</summary>
    public const string Max = "max";
}

/// <summary>The codes of <see cref="CatalogueSearchRequest.Sort"/>.</summary>
public static class CatalogueSearchSorts
{
    /// <summary>Best match first; with no text, newest first.</summary>
    public const string Relevance = "relevance";

    public const string Newest = "newest";

    public static IReadOnlyList<string> All { get; } = [Relevance, Newest];
}

/// <summary>Input limits, checked by <see cref="ICatalogueSearch"/>; a page form may use them for <c>maxlength</c>.</summary>
public static class CatalogueSearchLimits
{
    public const int MaxQueryLength = 100;
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Values of one repeatable filter (kind, prefecture, chain, level).</summary>
    public const int MaxFilterValues = 20;

    public const int DefaultSuggestions = 8;
    public const int MaxSuggestions = 20;

    /// <summary>The highest page number accepted (deep paging is refused with a field error, not answered slowly).</summary>
    public const int MaxPage = 1000;
}
