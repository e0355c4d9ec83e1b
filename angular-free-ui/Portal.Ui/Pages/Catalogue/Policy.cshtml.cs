using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Catalogue.Contracts;

namespace Portal.Ui.Pages.Catalogue;

/// <summary><c>/t/{slug}/policies/{id}</c>: a published incentive policy of that prefecture, else 404.</summary>
public sealed class PolicyModel(ICatalogueModule catalogue) : PageModel
{
    public PublishedPolicyDto Policy { get; private set; } = null!;

    public IReadOnlyDictionary<string, IndustryChainDto> Chains { get; private set; } = new Dictionary<string, IndustryChainDto>();

    public async Task<IActionResult> OnGetAsync(string slug, Guid id, CancellationToken cancellationToken)
    {
        var policy = await catalogue.FindPublishedPolicyAsync(id, cancellationToken);
        if (policy is null || !string.Equals(policy.Prefecture.Slug, slug.ToLowerInvariant(), StringComparison.Ordinal))
        {
            return NotFound();
        }

        Policy = policy;
        Chains = ParkView.ChainMap(await catalogue.ListIndustryChainsAsync(cancellationToken));
        return Page();
    }
}
