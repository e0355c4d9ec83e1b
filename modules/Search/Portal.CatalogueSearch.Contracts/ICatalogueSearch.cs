namespace Portal.CatalogueSearch.Contracts;

/// <summary>
/// The public search of the catalogue (parks, incentive policies, investment projects), as
/// <c>GET /api/search</c> answers it, for in-process callers such as the search page. Published items
/// only. The current tenant (<c>ICurrentTenant</c>: <c>/t/{slug}</c>, <c>X-Tenant</c>, a prefecture
/// user's claim) confines every query to that prefecture. Scoped: resolve it from a request scope.
/// Results are cached and the cache follows publish, unpublish, archive, delete and synonym changes.
/// </summary>
public interface ICatalogueSearch
{
    /// <summary>
    /// One page of hits with facet counts, or field errors (localized in the request culture, keys as the
    /// query string names them) for bad input. Never throws for bad input; a page beyond the end has no
    /// items and the right total.
    /// </summary>
    Task<CatalogueSearchResult> SearchAsync(CatalogueSearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Titles completing what the user is typing (Chinese prefix, pinyin or pinyin initials), best first.
    /// An empty or blank prefix gives no suggestions; a prefix over <see cref="CatalogueSearchLimits.MaxQueryLength"/>
    /// or a <paramref name="max"/> outside 1..<see cref="CatalogueSearchLimits.MaxSuggestions"/> gives field errors.
    /// </summary>
    Task<CatalogueSuggestResult> SuggestAsync(string? prefix, int? max = null, CancellationToken cancellationToken = default);
}
