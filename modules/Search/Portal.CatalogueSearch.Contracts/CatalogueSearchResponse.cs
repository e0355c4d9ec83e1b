namespace Portal.CatalogueSearch.Contracts;

/// <summary>Either a page of results or field errors.</summary>
public sealed record CatalogueSearchResult(CatalogueSearchResponse? Response, IReadOnlyDictionary<string, string[]>? Errors)
{
    public bool Succeeded => Response is not null;

    public static CatalogueSearchResult Success(CatalogueSearchResponse response) => new(response, null);

    public static CatalogueSearchResult Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, errors);
}

// Never changed after it is built: HybridCache may then hand the cached instance to every caller
// instead of deserializing a copy on each hit (the cached path of GET /api/search).
/// <summary>The body of <c>GET /api/search</c> (API.md): the total over all pages, the page asked for, its hits and facet counts.</summary>
[System.ComponentModel.ImmutableObject(true)]
public sealed record CatalogueSearchResponse(
    long Total,
    int Page,
    int PageSize,
    IReadOnlyList<CatalogueSearchItem> Items,
    CatalogueSearchFacets Facets);

/// <summary>
/// One hit. <see cref="Title"/> and <see cref="Snippet"/> are HTML: encoded text in which matched words
/// are wrapped in <c>&lt;em&gt;</c> and nothing else is markup, so they are safe to render as is.
/// </summary>
public sealed record CatalogueSearchItem(
    string Kind,
    Guid Id,
    string Prefecture,
    string PrefectureName,
    string PrefectureNameEn,
    string Title,
    string Snippet,
    string Url,
    DateTimeOffset PublishedAt);

/// <summary>
/// Hits per value (kind code, prefecture slug, chain code) over all pages. Each facet applies every
/// filter but its own, so picking one prefecture still shows how many hits the others have.
/// </summary>
public sealed record CatalogueSearchFacets(
    IReadOnlyDictionary<string, long> Kind,
    IReadOnlyDictionary<string, long> Prefecture,
    IReadOnlyDictionary<string, long> Chain);

/// <summary>Either suggestions or field errors.</summary>
public sealed record CatalogueSuggestResult(IReadOnlyList<CatalogueSuggestion>? Suggestions, IReadOnlyDictionary<string, string[]>? Errors)
{
    public bool Succeeded => Suggestions is not null;
}

/// <summary>A title completing what the user typed, with the page it links to.</summary>
public sealed record CatalogueSuggestion(string Kind, Guid Id, string Title, string Url);
