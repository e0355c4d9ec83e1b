namespace Portal.Catalogue.Contracts;

/// <summary>
/// What other modules (search) and the UI may ask the catalogue: the taxonomy and published items only.
/// Drafts never leave the module. Scoped: resolve it from a request or a handler scope.
/// </summary>
public interface ICatalogueModule
{
    /// <summary>The industry-chain taxonomy in its display order.</summary>
    Task<IReadOnlyList<IndustryChainDto>> ListIndustryChainsAsync(CancellationToken cancellationToken = default);

    /// <summary>The published version of a park of any active prefecture, or null (draft, archived, unknown).</summary>
    Task<PublishedParkDto?> FindPublishedParkAsync(Guid id, CancellationToken cancellationToken = default);

    Task<PublishedPolicyDto?> FindPublishedPolicyAsync(Guid id, CancellationToken cancellationToken = default);

    Task<PublishedProjectDto?> FindPublishedProjectAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ids of published items of one kind (<see cref="CatalogueItemKinds"/>) across prefectures, in id
    /// order after <paramref name="after"/>: a full re-index pages through them and reloads each by id.
    /// </summary>
    Task<IReadOnlyList<Guid>> ListPublishedIdsAsync(string kind, Guid? after, int take, CancellationToken cancellationToken = default);
}
