using Portal.Catalogue.Contracts;

namespace Portal.Inquiries.Routing.Suggestions;

/// <summary>
/// Suggests where to route an inquiry: asks the catalogue for the candidate parks and applicable
/// policies of every prefecture, then ranks them (<see cref="SuggestionRanking"/>). A suggestion only;
/// the bureau decides. Scoped, like the catalogue services it uses.
/// </summary>
internal sealed class RoutingSuggester(ICatalogueMatching matching, ICatalogueModule catalogue)
{
    public async Task<RoutingSuggestions> SuggestAsync(SuggestionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var match = await matching.MatchAsync(
            new CatalogueMatchQuery(request.ChainCode, request.LandNeedMu, request.PreferredPrefectures, request.PreferredParks),
            cancellationToken);
        if (match.Parks.Count == 0)
        {
            return RoutingSuggestions.None;
        }

        var chains = await catalogue.ListIndustryChainsAsync(cancellationToken);
        return SuggestionRanking.Rank(match, chains, request.Top);
    }
}
