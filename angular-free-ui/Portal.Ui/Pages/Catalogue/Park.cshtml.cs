using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Catalogue.Contracts;
using Portal.Tenancy.Contracts;

namespace Portal.Ui.Pages.Catalogue;

/// <summary><c>/t/{slug}/parks/{id}</c>: a published park of that prefecture; a draft, an archived park or another prefecture's is a 404.</summary>
public sealed class ParkModel(ITenancyModule tenancy, ICatalogueModule catalogue, IPrefectureCatalogue prefectureCatalogue) : PageModel
{
    public ParkView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, Guid id, CancellationToken cancellationToken)
    {
        var prefecture = await tenancy.FindActivePrefectureAsync(slug.ToLowerInvariant(), cancellationToken);
        var park = await catalogue.FindPublishedParkAsync(id, cancellationToken);
        if (prefecture is null || park is null || !string.Equals(park.Prefecture.Slug, prefecture.Slug, StringComparison.Ordinal))
        {
            return NotFound();
        }

        var published = await prefectureCatalogue.ListPublishedAsync(prefecture.Id, cancellationToken);
        var chains = ParkView.ChainMap(await catalogue.ListIndustryChainsAsync(cancellationToken));
        View = new ParkView(park, ParkView.PoliciesFor(park, published), ParkView.ProjectsFor(park, published), chains, Preview: false);
        return Page();
    }
}
