using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.Http;
using Portal.Catalogue.Contracts;
using Portal.CatalogueSearch.Contracts;
using Portal.CatalogueSearch.Localization;
using Portal.Search;

namespace Portal.CatalogueSearch.Features.Search;

/// <summary>
/// Turns a request into a <see cref="SearchQuery"/> or field errors. Everything a client can send is
/// checked against a closed list or a range here, so the engine only ever sees known codes and bounded
/// text; the text itself may hold any characters and is never parsed as query syntax.
/// </summary>
internal static class SearchRequestValidation
{
    public static (SearchQuery? Query, ValidationErrors Errors) Validate(
        CatalogueSearchRequest request,
        IReadOnlyCollection<string> prefectureSlugs,
        IReadOnlyCollection<string> chainCodes,
        IStringLocalizer<SearchMessages> text)
    {
        var errors = new ValidationErrors();
        foreach (var name in request.MalformedParameters.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            errors.Add(name, name == CatalogueSearchParameters.InForce ? text["NotABoolean"] : text["NotANumber"]);
        }

        var q = Clean(request.Q);
        if (q.Length > CatalogueSearchLimits.MaxQueryLength)
        {
            errors.Add(CatalogueSearchParameters.Q, text["QueryTooLong", CatalogueSearchLimits.MaxQueryLength]);
        }

        var kinds = Codes(CatalogueSearchParameters.Kind, request.Kinds, CatalogueItemKinds.All, "UnknownValue");
        var prefectures = Codes(CatalogueSearchParameters.Prefecture, request.Prefectures, prefectureSlugs, "UnknownPrefecture");
        var chains = Codes(CatalogueSearchParameters.Chain, request.Chains, chainCodes, "UnknownValue");
        var levels = Codes(CatalogueSearchParameters.Level, request.Levels, CatalogueLevels.All, "UnknownValue");
        NotNegative(CatalogueSearchParameters.MinAvailableMu, request.MinAvailableMu);
        NotNegative(CatalogueSearchParameters.MaxLandPriceWanPerMu, request.MaxLandPriceWanPerMu);
        NotNegative(CatalogueSearchParameters.MaxPowerPriceYuanPerKwh, request.MaxPowerPriceYuanPerKwh);

        var page = request.Page ?? 1;
        if (page is < 1 or > CatalogueSearchLimits.MaxPage)
        {
            errors.Add(CatalogueSearchParameters.Page, text["PageInvalid", CatalogueSearchLimits.MaxPage]);
        }

        var pageSize = request.PageSize ?? CatalogueSearchLimits.DefaultPageSize;
        if (pageSize is < 1 or > CatalogueSearchLimits.MaxPageSize)
        {
            errors.Add(CatalogueSearchParameters.PageSize, text["PageSizeInvalid", CatalogueSearchLimits.MaxPageSize]);
        }

        var sort = SearchSort.Relevance;
        switch (request.Sort?.Trim().ToLowerInvariant())
        {
            case null or "" or CatalogueSearchSorts.Relevance:
                break;
            case CatalogueSearchSorts.Newest:
                sort = SearchSort.Newest;
                break;
            default:
                errors.Add(CatalogueSearchParameters.Sort, text["UnknownValue", request.Sort!, string.Join(", ", CatalogueSearchSorts.All)]);
                break;
        }

        if (errors.HasErrors)
        {
            return (null, errors);
        }

        var query = new SearchQuery
        {
            Text = q,
            Kinds = [.. kinds.Select(k => SearchKinds.TryParse(k, out var kind) ? kind : throw new InvalidOperationException(k))],
            Prefectures = prefectures,
            Chains = chains,
            Levels = levels,
            MinAvailableMu = request.MinAvailableMu,
            MaxLandPriceWanPerMu = request.MaxLandPriceWanPerMu,
            MaxPowerPriceYuanPerKwh = request.MaxPowerPriceYuanPerKwh,
            InForceOnly = request.InForce,
            Sort = sort,
            Page = page,
            PageSize = pageSize,
        };
        return (query, errors);

        IReadOnlyList<string> Codes(string field, IReadOnlyList<string> values, IReadOnlyCollection<string> allowed, string messageKey)
        {
            if (values.Count > CatalogueSearchLimits.MaxFilterValues)
            {
                errors.Add(field, text["TooManyValues", CatalogueSearchLimits.MaxFilterValues]);
                return [];
            }

            var known = new List<string>(values.Count);
            foreach (var value in values)
            {
                var code = value.Trim().ToLowerInvariant();
                if (allowed.Contains(code, StringComparer.Ordinal))
                {
                    known.Add(code);
                }
                else
                {
                    // Echo at most a short, visible part of the value: it goes back into a JSON answer.
                    errors.Add(field, text[messageKey, Shorten(value), string.Join(", ", allowed)]);
                }
            }

            return [.. known.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        }

        void NotNegative(string field, decimal? value)
        {
            if (value is < 0)
            {
                errors.Add(field, text["Negative"]);
            }
        }
    }

    /// <summary>Trims and drops control characters (a NUL or a line break is never part of a search).</summary>
    public static string Clean(string? value) =>
        value is null ? "" : new string([.. value.Where(c => !char.IsControl(c))]).Trim();

    private static string Shorten(string value)
    {
        var clean = Clean(value);
        return clean.Length <= 40 ? clean : clean[..40] + "…";
    }
}
