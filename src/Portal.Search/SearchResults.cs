namespace Portal.Search;

/// <summary>One page of hits, the total, and facet counts over all hits (not just this page).</summary>
public sealed record SearchResults(long Total, IReadOnlyList<SearchHit> Hits, SearchFacets Facets)
{
    public static SearchResults Empty { get; } = new(0, [], SearchFacets.Empty);
}

/// <summary>
/// A hit. <see cref="Title"/> and <see cref="Snippet"/> are HTML-encoded text in which matched words are
/// wrapped in <c>&lt;em&gt;</c>, and nothing else is markup: safe to render as HTML.
/// </summary>
public sealed record SearchHit(
    SearchKind Kind,
    Guid ItemId,
    string Prefecture,
    string Title,
    string Snippet,
    string Url,
    double Score,
    DateTimeOffset PublishedAt);

/// <summary>
/// Counts per value of each facet. A facet's counts apply every filter except its own, so that a user
/// who picked 曲靖 still sees how many hits the other prefectures have.
/// </summary>
public sealed record SearchFacets(
    IReadOnlyDictionary<string, long> Kind,
    IReadOnlyDictionary<string, long> Prefecture,
    IReadOnlyDictionary<string, long> Chain)
{
    public static SearchFacets Empty { get; } = new(
        new Dictionary<string, long>(),
        new Dictionary<string, long>(),
        new Dictionary<string, long>());
}
