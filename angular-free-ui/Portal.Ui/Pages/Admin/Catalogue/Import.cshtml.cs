using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Catalogue.Contracts;
using Portal.Tenancy.Contracts;

namespace Portal.Ui.Pages.Admin.Catalogue;

/// <summary>
/// <c>/admin/catalogue/import?items=parks|policies|projects</c>: upload a CSV or XLSX file, choose the mode (all or
/// nothing, the valid rows, or check only) and read the row-by-row report. Imported items are drafts.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ImportModel(ICatalogueAdministration administration, ICurrentTenant currentTenant, ITenancyModule tenancy) : PageModel
{
    /// <summary>The catalogue reads files of at most 5 MB; the framing takes a little more.</summary>
    private const long MaxRequestBytes = (5 * 1024 * 1024) + (64 * 1024);

    [BindProperty(SupportsGet = true, Name = "prefecture")]
    public string? PrefectureSlug { get; set; }

    [BindProperty]
    public string Mode { get; set; } = CatalogueImportModes.AllOrNothing;

    /// <summary>What is imported: parks (when not given), policies or projects; anything else is a 404.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Items { get; set; }

    public string Kind => Items switch
    {
        "policies" => CatalogueItemKinds.Policy,
        "projects" => CatalogueItemKinds.Project,
        _ => CatalogueItemKinds.Park,
    };

    public string ListPage => Items switch
    {
        "policies" => "/Admin/Catalogue/Policies",
        "projects" => "/Admin/Catalogue/Projects",
        _ => "/Admin/Catalogue/Index",
    };

    public PrefectureDto? Prefecture { get; private set; }

    public string? RouteValue { get; private set; }

    public CatalogueImportReportDto? Report { get; private set; }

    public IReadOnlyList<string> FileErrors { get; private set; } = [];

    public string? Problem { get; private set; }

    /// <summary>Where the form posts: this page with what is imported and, for a host admin, the prefecture.</summary>
    public string PostUrl => Url.Page("/Admin/Catalogue/Import", new { items = Items, prefecture = RouteValue })!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Known(Items))
        {
            return NotFound();
        }

        var scope = await CataloguePrefecture.EnterAsync(HttpContext, currentTenant, tenancy, PrefectureSlug, cancellationToken);
        Prefecture = scope.Prefecture;
        RouteValue = scope.RouteValue;
        return Prefecture is null ? RedirectToPage(ListPage) : Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (!Known(Items))
        {
            return NotFound();
        }

        var scope = await CataloguePrefecture.EnterAsync(HttpContext, currentTenant, tenancy, PrefectureSlug, cancellationToken);
        using var tenant = scope.Activate(currentTenant);
        Prefecture = scope.Prefecture;
        RouteValue = scope.RouteValue;
        if (Prefecture is null)
        {
            return RedirectToPage(ListPage);
        }

        byte[] content = [];
        if (file is not null && file.Length > 0 && file.Length <= MaxRequestBytes)
        {
            content = new byte[file.Length];
            await using var stream = file.OpenReadStream();
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        var result = await administration.ImportAsync(Kind, Mode, file?.FileName, content, cancellationToken);
        Report = result.Value;
        FileErrors = [.. (result.FieldErrors ?? new Dictionary<string, string[]>()).SelectMany(e => e.Value)];
        Problem = result.Message;
        return Page();
    }

    private bool Known(string? items)
    {
        Items = string.IsNullOrEmpty(items) ? "parks" : items;
        return Items is "parks" or "policies" or "projects";
    }
}
