using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Catalogue.Contracts;
using Portal.Tenancy.Contracts;

namespace Portal.Ui.Pages.Admin.Catalogue;

/// <summary><c>/admin/parks</c>: the prefecture's parks with filters (status, q, chain) and paging; a host admin picks the prefecture first.</summary>
public sealed class IndexModel(
    ICatalogueAdministration administration, ICatalogueModule catalogue, ICurrentTenant currentTenant, ITenancyModule tenancy) : PageModel
{
    private const int PageSize = 20;

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

    public CatalogueAdminPage<AdminParkSummaryDto> Result { get; private set; } = new(0, 1, PageSize, []);

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public int PageCount => Math.Max(1, (Result.Total + Result.PageSize - 1) / Result.PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await CataloguePrefecture.EnterAsync(HttpContext, currentTenant, tenancy, PrefectureSlug, cancellationToken);
        using var tenant = scope.Activate(currentTenant);
        IsHost = scope.IsHost;
        Prefecture = scope.Prefecture;
        RouteValue = scope.RouteValue;
        Chains = (await catalogue.ListIndustryChainsAsync(cancellationToken)).ToDictionary(c => c.Code, StringComparer.Ordinal);
        if (IsHost)
        {
            Prefectures = await tenancy.ListActivePrefecturesAsync(cancellationToken);
        }

        if (Prefecture is null)
        {
            return Page();
        }

        var result = await administration.ListParksAsync(
            new CatalogueAdminQuery(Status, Q, Chain, Math.Max(1, PageNumber), PageSize), cancellationToken);
        if (result.Value is { } page)
        {
            Result = page;
        }
        else
        {
            Errors = result.FieldErrors ?? new Dictionary<string, string[]>();
        }

        return Page();
    }

    public string PageUrl(int page) => Url.Page("/Admin/Catalogue/Index", new { prefecture = RouteValue, status = Status, q = Q, chain = Chain, page })!;
}
