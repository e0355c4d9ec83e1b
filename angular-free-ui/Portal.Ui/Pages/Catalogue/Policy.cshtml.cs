using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Catalogue.Contracts;

namespace Portal.Ui.Pages.Catalogue;

/// <summary><c>/t/{slug}/policies/{id}</c>: a published incentive policy of that prefecture, else 404.</summary>
public sealed class PolicyModel(ICatalogueModule catalogue) : PageModel
{
    public PolicyView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, Guid id, CancellationToken cancellationToken)
    {
        var policy = await catalogue.FindPublishedPolicyAsync(id, cancellationToken);
        if (policy is null || !string.Equals(policy.Prefecture.Slug, slug.ToLowerInvariant(), StringComparison.Ordinal))
        {
            return NotFound();
        }

        View = new PolicyView(policy, ParkView.ChainMap(await catalogue.ListIndustryChainsAsync(cancellationToken)), Preview: false);
        return Page();
    }
}
