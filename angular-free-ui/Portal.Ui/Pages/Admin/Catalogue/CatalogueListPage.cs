using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Catalogue.Contracts;
using Portal.Tenancy.Contracts;

namespace Portal.Ui.Pages.Admin.Catalogue;

/// <summary>
/// What the park, policy and project lists share: the prefecture (a host admin picks one), the filters
/// (status, q, chain) and paging, and the export handler (<c>?handler=Export&amp;format=csv|xlsx</c> with the same filters).
/// </summary>
public abstract class CatalogueListPage(
    ICatalogueAdministration administration, ICatalogueModule catalogue, ICurrentTenant currentTenant, ITenancyModule tenancy) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "prefecture")]
    public string? PrefectureSlug { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Chain { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public bool IsHost { get; private set; }

    public PrefectureDto? Prefecture { get; private set; }

    public string? RouteValue { get; private set; }

    public IReadOnlyList<PrefectureDto> Prefectures { get; private set; } = [];

    public IReadOnlyDictionary<string, IndustryChainDto> Chains { get; private set; } = new Dictionary<string, IndustryChainDto>();

    public IReadOnlyDictionary<string, string[]> Errors { get; protected set; } = new Dictionary<string, string[]>();

    public int Total { get; private set; }

    public int CurrentPage { get; private set; } = 1;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The catalogue item kind (<see cref="CatalogueItemKinds"/>).</summary>
    public abstract string Kind { get; }

    /// <summary>The back-office path segment: <c>parks</c>, <c>policies</c>, <c>projects</c>.</summary>
    public abstract string Items { get; }

    protected ICatalogueAdministration Administration { get; } = administration;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await EnterAsync(cancellationToken);
        using var tenant = scope.Activate(currentTenant);
        if (IsHost)
        {
            Prefectures = await tenancy.ListActivePrefecturesAsync(cancellationToken);
        }

        if (Prefecture is not null)
        {
            await LoadAsync(Query(Math.Max(1, PageNumber)), cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancellationToken)
    {
        var scope = await EnterAsync(cancellationToken);
        using var tenant = scope.Activate(currentTenant);
        if (Prefecture is null)
        {
            return RedirectToPage();
        }

        var result = await Administration.ExportAsync(Kind, (format ?? "csv").Trim().ToLowerInvariant(), Query(1), cancellationToken);
        if (result.Value is not { } file)
        {
            return BadRequest();
        }

        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>This list with the current filters and another page, format or handler.</summary>
    public string ListUrl(int? page = null, string? handler = null, string? format = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                pairs.Add(new(key, value));
            }
        }

        Add("handler", handler);
        Add("format", format);
        Add("prefecture", RouteValue);
        Add("status", Status);
        Add("q", Q);
        Add("chain", Chain);
        foreach (var (key, value) in ExtraFilters())
        {
            Add(key, value);
        }

        Add("page", page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return Url.Content($"~/admin/{Items}") + QueryString.Create(pairs).ToUriComponent();
    }

    /// <summary>Filters of one kind only (a policy's validity), kept on paging and export links.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraFilters() => [];

    protected virtual CatalogueAdminQuery Query(int page) => new(Status, Q, Chain, page, PageSize);

    /// <summary>Loads the page of items (inside the activated prefecture).</summary>
    protected abstract Task LoadAsync(CatalogueAdminQuery query, CancellationToken cancellationToken);

    /// <summary>Keeps a page's total and number, or its filter errors.</summary>
    protected CatalogueAdminPage<T>? Keep<T>(CatalogueAdminResult<CatalogueAdminPage<T>> result)
    {
        if (result.Value is { } page)
        {
            Total = page.Total;
            CurrentPage = page.Page;
            return page;
        }

        Errors = result.FieldErrors ?? new Dictionary<string, string[]>();
        return null;
    }

    private async Task<CataloguePrefecture> EnterAsync(CancellationToken cancellationToken)
    {
        var scope = await CataloguePrefecture.EnterAsync(HttpContext, currentTenant, tenancy, PrefectureSlug, cancellationToken);
        IsHost = scope.IsHost;
        Prefecture = scope.Prefecture;
        RouteValue = scope.RouteValue;
        Chains = (await catalogue.ListIndustryChainsAsync(cancellationToken)).ToDictionary(c => c.Code, StringComparer.Ordinal);
        return scope;
    }
}
