namespace Portal.Catalogue.Contracts;

/// <summary>
/// A prefecture's published catalogue for its public page and the detail pages' cross-links: parks,
/// policies (in force first) and projects, published versions only. Drafts never leave the module.
/// </summary>
public interface IPrefectureCatalogue
{
    /// <summary>Everything <paramref name="prefectureId"/> has published; empty lists for a disabled or unknown prefecture.</summary>
    Task<PrefectureCatalogueDto> ListPublishedAsync(Guid prefectureId, CancellationToken cancellationToken = default);
}

/// <summary>One prefecture's published items: parks by name, policies in force first (newest first), projects by investment.</summary>
public sealed record PrefectureCatalogueDto(
    IReadOnlyList<PublishedParkDto> Parks,
    IReadOnlyList<PublishedPolicyDto> Policies,
    IReadOnlyList<PublishedProjectDto> Projects);
