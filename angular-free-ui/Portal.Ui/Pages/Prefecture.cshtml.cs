using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Catalogue.Contracts;
using Portal.Tenancy.Contracts;

namespace Portal.Ui.Pages;

/// <summary>
/// A prefecture's own page, <c>/t/{slug}</c>. The tenant-resolution middleware has already answered
/// 404 for an unknown or disabled slug; the page checks again so that it never renders without one.
/// </summary>
public sealed class PrefectureModel(ITenancyModule tenancy, IPrefectureCatalogue catalogue, ICatalogueModule catalogueModule) : PageModel
{
    // Set by OnGetAsync before the page renders; the page never renders without it.
    public PrefectureDto Prefecture { get; private set; } = null!;

    /// <summary>The other open prefectures, for moving on without going back to the home page.</summary>
    public IReadOnlyList<PrefectureDto> Others { get; private set; } = [];

    /// <summary>What the prefecture has published: parks, policies (in force first), projects.</summary>
    public PrefectureCatalogueDto Catalogue { get; private set; } = new([], [], []);

    public IReadOnlyDictionary<string, IndustryChainDto> Chains { get; private set; } = new Dictionary<string, IndustryChainDto>();

    /// <summary><c>?policies=in-force</c> leaves out the policies whose last day has passed.</summary>
    [BindProperty(SupportsGet = true, Name = "policies")]
    public string? PolicyFilter { get; set; }

    public bool InForceOnly => PolicyFilter == "in-force";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var canonical = slug.ToLowerInvariant();
        var prefecture = await tenancy.FindActivePrefectureAsync(canonical, cancellationToken);
        if (prefecture is null)
        {
            return NotFound();
        }

        // One address per prefecture: /t/Qujing resolves, but links and search engines get /t/qujing.
        if (!string.Equals(slug, canonical, StringComparison.Ordinal))
        {
            return RedirectToPagePermanent("/Prefecture", new { slug = canonical });
        }

        Prefecture = prefecture;
        Catalogue = await catalogue.ListPublishedAsync(prefecture.Id, cancellationToken);
        if (InForceOnly)
        {
            Catalogue = Catalogue with { Policies = [.. Catalogue.Policies.Where(p => !p.Expired)] };
        }
        Chains = (await catalogueModule.ListIndustryChainsAsync(cancellationToken)).ToDictionary(c => c.Code, StringComparer.Ordinal);
        Others = [.. (await tenancy.ListActivePrefecturesAsync(cancellationToken)).Where(p => p.Id != prefecture.Id)];
        return Page();
    }
}
