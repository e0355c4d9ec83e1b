using Portal.Catalogue.Contracts;

namespace Portal.Ui.Pages.Catalogue;

/// <summary>What the park detail view shows: the park, the policies and projects linked to it, the chain names; <see cref="Preview"/> marks a draft preview.</summary>
public sealed record ParkView(
    PublishedParkDto Park,
    IReadOnlyList<PublishedPolicyDto> Policies,
    IReadOnlyList<PublishedProjectDto> Projects,
    IReadOnlyDictionary<string, IndustryChainDto> Chains,
    bool Preview)
{
    /// <summary>The prefecture's policies that name this park, share one of its chains, or name neither parks nor chains (they apply to all).</summary>
    public static IReadOnlyList<PublishedPolicyDto> PoliciesFor(PublishedParkDto park, PrefectureCatalogueDto catalogue) =>
        [.. catalogue.Policies.Where(policy =>
            policy.Parks.Any(p => p.Id == park.Id)
            || policy.Chains.Intersect(park.Chains, StringComparer.Ordinal).Any()
            || (policy.Parks.Count == 0 && policy.Chains.Count == 0))];

    public static IReadOnlyList<PublishedProjectDto> ProjectsFor(PublishedParkDto park, PrefectureCatalogueDto catalogue) =>
        [.. catalogue.Projects.Where(project => project.Park?.Id == park.Id)];

    public static IReadOnlyDictionary<string, IndustryChainDto> ChainMap(IReadOnlyList<IndustryChainDto> chains) =>
        chains.ToDictionary(c => c.Code, StringComparer.Ordinal);
}
