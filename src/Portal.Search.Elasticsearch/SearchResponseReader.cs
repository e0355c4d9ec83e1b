using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.Core.Search;

namespace Portal.Search.Elasticsearch;

/// <summary>Maps a search response to the port's results: hits with HTML-safe title and snippet, and facet counts.</summary>
internal static class SearchResponseReader
{
    public static SearchResults Read(SearchResponse<CatalogueIndexDocument> response)
    {
        var hits = new List<SearchHit>();
        foreach (var hit in response.Hits)
        {
            if (hit.Source is not { } document || !SearchKinds.TryParse(document.Kind, out var kind))
            {
                continue; // a document another writer put there; it cannot be shown as a catalogue hit
            }

            hits.Add(new SearchHit(
                kind,
                document.ItemId,
                document.Prefecture,
                Title(hit, document),
                Snippet(hit, document),
                document.Url,
                hit.Score ?? 0,
                document.PublishedAt));
        }

        var facets = new SearchFacets(
            Counts(response.Aggregations, CatalogueQueries.KindFacet),
            Counts(response.Aggregations, CatalogueQueries.PrefectureFacet),
            Counts(response.Aggregations, CatalogueQueries.ChainFacet));
        return new SearchResults(response.Total >= 0 ? response.Total : hits.Count, hits, facets);
    }

    public static IReadOnlyList<SearchSuggestion> ReadSuggestions(SearchResponse<CatalogueIndexDocument> response)
    {
        var suggestions = new List<SearchSuggestion>();
        foreach (var hit in response.Hits)
        {
            if (hit.Source is { } document && SearchKinds.TryParse(document.Kind, out var kind))
            {
                suggestions.Add(new SearchSuggestion(kind, document.ItemId, document.Title, document.Url));
            }
        }

        return suggestions;
    }

    private static string Title(Hit<CatalogueIndexDocument> hit, CatalogueIndexDocument document) =>
        BestHighlight(hit, CatalogueFields.Title) ?? HighlightedHtml.FromPlainText(document.Title, int.MaxValue);

    private static string Snippet(Hit<CatalogueIndexDocument> hit, CatalogueIndexDocument document) =>
        BestHighlight(hit, CatalogueFields.Body) ?? HighlightedHtml.FromPlainText(document.Body, CatalogueQueries.SnippetCharacters);

    /// <summary>The word-level highlight when it marks something, else the bigram one, else the unmarked one.</summary>
    private static string? BestHighlight(Hit<CatalogueIndexDocument> hit, string field)
    {
        var words = Fragment(hit, field);
        if (words is not null && HighlightedHtml.HasMatch(words))
        {
            return words;
        }

        return Fragment(hit, CatalogueFields.Bigram(field)) is { } bigrams && HighlightedHtml.HasMatch(bigrams) ? bigrams : words;
    }

    private static string? Fragment(Hit<CatalogueIndexDocument> hit, string field) =>
        hit.Highlight is { } highlight && highlight.TryGetValue(field, out var fragments) && fragments.Count > 0
            ? HighlightedHtml.FromFragment(string.Join("…", fragments))
            : null;

    private static Dictionary<string, long> Counts(AggregateDictionary? aggregations, string facet)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var values = aggregations?.GetFilter(facet)?.Aggregations?.GetStringTerms(CatalogueQueries.FacetValues);
        foreach (var bucket in values?.Buckets ?? [])
        {
            if (bucket.Key.TryGetString(out var key) && key is not null)
            {
                counts[key] = bucket.DocCount;
            }
        }

        return counts;
    }
}
