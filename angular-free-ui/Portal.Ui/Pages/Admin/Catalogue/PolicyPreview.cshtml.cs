using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Catalogue.Contracts;
using Portal.Tenancy.Contracts;
using Portal.Ui.Pages.Catalogue;

namespace Portal.Ui.Pages.Admin.Catalogue;

/// <summary><c>/admin/policies/{id}/preview</c>: the working copy in the public policy view, marked as a preview.</summary>
public sealed class PolicyPreviewModel(
    ICatalogueAdministration administration, ICatalogueModule catalogue, ICurrentTenant currentTenant, ITenancyModule tenancy) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "prefecture")]
    public string? PrefectureSlug { get; set; }

    public PolicyView View { get; private set; } = null!;

    public string? RouteValue { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await CataloguePrefecture.EnterAsync(HttpContext, currentTenant, tenancy, PrefectureSlug, cancellationToken);
        using var tenant = scope.Activate(currentTenant);
        if (scope.Prefecture is null)
        {
            return RedirectToPage("/Admin/Catalogue/Policies");
        }

        RouteValue = scope.RouteValue;
        if ((await administration.PreviewPolicyAsync(id, cancellationToken)).Value is not { } policy)
        {
            return NotFound();
        }

        // A draft's attachments are not public yet: read them through the back office.
        policy = policy with { Attachments = PreviewMedia.ThroughBackOffice(Url, "policies", id, policy.Attachments, RouteValue) };
        View = new PolicyView(policy, ParkView.ChainMap(await catalogue.ListIndustryChainsAsync(cancellationToken)), Preview: true);
        return Page();
    }
}
