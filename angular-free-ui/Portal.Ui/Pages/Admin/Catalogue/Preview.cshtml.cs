using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Catalogue.Contracts;
using Portal.Tenancy.Contracts;
using Portal.Ui.Pages.Catalogue;

namespace Portal.Ui.Pages.Admin.Catalogue;

/// <summary><c>/admin/parks/{id}/preview</c>: the working copy in the public park view, marked as a preview.</summary>
public sealed class PreviewModel(
    ICatalogueAdministration administration,
    ICatalogueModule catalogue,
    IPrefectureCatalogue prefectureCatalogue,
    ICurrentTenant currentTenant,
    ITenancyModule tenancy) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "prefecture")]
    public string? PrefectureSlug { get; set; }

    public ParkView View { get; private set; } = null!;

    public string? RouteValue { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await CataloguePrefecture.EnterAsync(HttpContext, currentTenant, tenancy, PrefectureSlug, cancellationToken);
        using var tenant = scope.Activate(currentTenant);
        if (scope.Prefecture is not { } prefecture)
        {
            return RedirectToPage("/Admin/Catalogue/Index");
        }

        RouteValue = scope.RouteValue;
        var preview = await administration.PreviewParkAsync(id, cancellationToken);
        if (preview.Value is not { } park)
        {
            return NotFound();
        }

        // A draft's photos are not public yet: read them through the back office.
        park = park with { Photos = PreviewMedia.ThroughBackOffice(Url, "parks", id, park.Photos, RouteValue) };
        var published = await prefectureCatalogue.ListPublishedAsync(prefecture.Id, cancellationToken);
        var chains = ParkView.ChainMap(await catalogue.ListIndustryChainsAsync(cancellationToken));
        View = new ParkView(park, ParkView.PoliciesFor(park, published), ParkView.ProjectsFor(park, published), chains, Preview: true);
        return Page();
    }
}
