using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Catalogue.Contracts;
using Portal.Tenancy.Contracts;
using Portal.Ui.Pages.Catalogue;

namespace Portal.Ui.Pages.Admin.Catalogue;

/// <summary><c>/admin/projects/{id}/preview</c>: the working copy in the public project view, marked as a preview.</summary>
public sealed class ProjectPreviewModel(
    ICatalogueAdministration administration, ICatalogueModule catalogue, ICurrentTenant currentTenant, ITenancyModule tenancy) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "prefecture")]
    public string? PrefectureSlug { get; set; }

    public ProjectView View { get; private set; } = null!;

    public string? RouteValue { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await CataloguePrefecture.EnterAsync(HttpContext, currentTenant, tenancy, PrefectureSlug, cancellationToken);
        using var tenant = scope.Activate(currentTenant);
        if (scope.Prefecture is null)
        {
            return RedirectToPage("/Admin/Catalogue/Projects");
        }

        RouteValue = scope.RouteValue;
        if ((await administration.PreviewProjectAsync(id, cancellationToken)).Value is not { } project)
        {
            return NotFound();
        }

        // A draft's photos are not public yet: read them through the back office.
        project = project with { Photos = PreviewMedia.ThroughBackOffice(Url, "projects", id, project.Photos, RouteValue) };
        View = new ProjectView(project, ParkView.ChainMap(await catalogue.ListIndustryChainsAsync(cancellationToken)), Preview: true);
        return Page();
    }
}
