using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Catalogue.Contracts;

namespace Portal.Ui.Pages.Catalogue;

/// <summary><c>/t/{slug}/projects/{id}</c>: a published investment project of that prefecture, else 404.</summary>
public sealed class ProjectModel(ICatalogueModule catalogue) : PageModel
{
    public ProjectView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, Guid id, CancellationToken cancellationToken)
    {
        var project = await catalogue.FindPublishedProjectAsync(id, cancellationToken);
        if (project is null || !string.Equals(project.Prefecture.Slug, slug.ToLowerInvariant(), StringComparison.Ordinal))
        {
            return NotFound();
        }

        View = new ProjectView(project, ParkView.ChainMap(await catalogue.ListIndustryChainsAsync(cancellationToken)), Preview: false);
        return Page();
    }
}
