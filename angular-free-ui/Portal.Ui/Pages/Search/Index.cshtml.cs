using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.BuildingBlocks.Localization;
using Portal.Catalogue.Contracts;
using Portal.CatalogueSearch.Contracts;
using Portal.Tenancy.Contracts;
using Portal.Ui.Localization;

namespace Portal.Ui.Pages.Search;

/// <summary>
/// The public search, <c>/search</c> and a prefecture's own <c>/t/{slug}/search</c> (both views use this
/// model). The query string is the whole state, so every result page can be shared and bookmarked; the
/// form is a plain GET form that htmx merely refreshes in place. Bad input is shown beside the fields
/// with a 400, never a 500.
/// </summary>
public sealed class SearchModel(ICatalogueSearch search, ITenancyModule tenancy, ICatalogueModule catalogue) : PageModel
{
    public static IReadOnlyList<string> KindCodes { get; } = ["park", "policy", "project"];

    public static IReadOnlyList<string> LevelCodes { get; } = ["national", "provincial", "prefecture", "county", "park"];

    /// <summary>What the home page and the empty state offer to try.</summary>
    public static IReadOnlyList<string> ExampleQueries { get; } = ["新能源电池", "绿色铝", "锂电", "lvl", "曲靖 光伏", "高新区"];

    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public CatalogueSearchRequest Query { get; private set; } = new();

    /// <summary>Null when the input had errors.</summary>
    public CatalogueSearchResponse? Results { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = NoErrors;

    /// <summary>Set on <c>/t/{slug}/search</c>: the search is confined to this prefecture.</summary>
    public PrefectureDto? Prefecture { get; private set; }

    public IReadOnlyList<PrefectureDto> Prefectures { get; private set; } = [];

    public IReadOnlyList<IndustryChainDto> Chains { get; private set; } = [];

    public string SearchPath => Prefecture is null ? "/search" : $"/t/{Prefecture.Slug}/search";

    public string SuggestPath => Prefecture is null ? "/search/suggest" : $"/t/{Prefecture.Slug}/search/suggest";

    public bool HasQuery => !string.IsNullOrWhiteSpace(Query.Q);

    public bool HasFilters =>
        Query.Kinds.Count + Query.Prefectures.Count + Query.Chains.Count + Query.Levels.Count > 0
        || Raw(CatalogueSearchParameters.MinAvailableMu).Length > 0
        || Raw(CatalogueSearchParameters.MaxLandPriceWanPerMu).Length > 0
        || Raw(CatalogueSearchParameters.MaxPowerPriceYuanPerKwh).Length > 0
        || Query.InForce;

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken cancellationToken)
    {
        if (slug is not null)
        {
            var canonical = slug.ToLowerInvariant();
            Prefecture = await tenancy.FindActivePrefectureAsync(canonical, cancellationToken);
            if (Prefecture is null)
            {
                return NotFound();
            }

            if (!string.Equals(slug, canonical, StringComparison.Ordinal))
            {
                return RedirectPermanent($"/t/{canonical}/search{Request.QueryString}");
            }
        }

        Query = CatalogueSearchRequest.FromQuery(Request.Query);
        if (Prefecture is not null)
        {
            // The address already confines the search; a prefecture filter on top could only empty it.
            Query = Query with { Prefectures = [] };
        }

        Prefectures = await tenancy.ListActivePrefecturesAsync(cancellationToken);
        Chains = [.. (await catalogue.ListIndustryChainsAsync(cancellationToken)).OrderBy(c => c.SortOrder)];

        var result = await search.SearchAsync(Query, cancellationToken);
        if (result.Succeeded)
        {
            Results = result.Response;
        }
        else
        {
            Errors = result.Errors ?? NoErrors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    /// <summary>The value of a query-string parameter as the visitor sent it (echoed into its field, even when malformed).</summary>
    public string Raw(string name) => Request.Query[name].LastOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() ?? "";

    public IReadOnlyList<string> ErrorsOf(string name) => Errors.TryGetValue(name, out var messages) ? messages : [];

    public bool IsSelected(IReadOnlyList<string> values, string code) => values.Contains(code, StringComparer.Ordinal);

    public long Count(IReadOnlyDictionary<string, long>? facet, string code) => facet?.GetValueOrDefault(code) ?? 0;

    /// <summary>The prefectures worth offering: those with hits, and any the visitor picked.</summary>
    public IEnumerable<PrefectureDto> PrefectureOptions() => Prefectures.Where(p =>
        Results is null || Count(Results.Facets.Prefecture, p.Slug) > 0 || IsSelected(Query.Prefectures, p.Slug));

    /// <summary>The chains worth offering, most hits first: those with hits, and any the visitor picked.</summary>
    public IEnumerable<IndustryChainDto> ChainOptions() => Results is null
        ? Chains
        : Chains.Where(c => Count(Results.Facets.Chain, c.Code) > 0 || IsSelected(Query.Chains, c.Code))
            .OrderByDescending(c => Count(Results.Facets.Chain, c.Code));

    public string ChainName(string code) =>
        Chains.FirstOrDefault(c => c.Code == code) is { } chain ? (PortalCultures.IsEnglish ? chain.NameEn : chain.NameZh) : code;

    public string PrefectureName(CatalogueSearchItem item) =>
        PortalCultures.IsEnglish && !string.IsNullOrWhiteSpace(item.PrefectureNameEn) ? item.PrefectureNameEn : item.PrefectureName;

    public string PrefectureName(PrefectureDto prefecture) => prefecture.DisplayName();

    public int PageCount => Results is null || Results.PageSize == 0
        ? 0
        : (int)Math.Min(CatalogueSearchLimits.MaxPage, (Results.Total + Results.PageSize - 1) / Results.PageSize);

    /// <summary>This search at another page: every other parameter kept as sent.</summary>
    public string PageUrl(int page) => UrlWith(CatalogueSearchParameters.Page, page == 1 ? null : page.ToString(CultureInfo.InvariantCulture));

    /// <summary>This search with one example text and nothing else.</summary>
    public string QueryUrl(string q) => SearchPath + QueryString.Create(CatalogueSearchParameters.Q, q);

    /// <summary>The same text without any filter.</summary>
    public string ClearFiltersUrl() => HasQuery ? QueryUrl(Query.Q!.Trim()) : SearchPath;

    /// <summary>Only local paths are linked: an index entry can never send a visitor off the site.</summary>
    public static string SafeItemUrl(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "#";

    private string UrlWith(string name, string? value)
    {
        var query = new QueryBuilder();
        foreach (var (key, values) in Request.Query)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var item in values)
            {
                if (!string.IsNullOrEmpty(item))
                {
                    query.Add(key, item);
                }
            }
        }

        if (value is not null)
        {
            query.Add(name, value);
        }

        return SearchPath + query.ToQueryString();
    }
}
