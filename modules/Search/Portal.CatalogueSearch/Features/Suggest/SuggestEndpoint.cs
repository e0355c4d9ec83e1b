using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Portal.CatalogueSearch.Contracts;
using Portal.CatalogueSearch.Localization;

namespace Portal.CatalogueSearch.Features.Suggest;

/// <summary>
/// <c>GET /api/search/suggest?q=…&amp;max=…</c>: titles completing what the user is typing, for the search
/// box. Anonymous and not rate-limited, so bounded: the prefix and the count are limited.
/// </summary>
internal static class SuggestEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        foreach (var pattern in new[] { "/api/search/suggest", "/t/{slug}/api/search/suggest" })
        {
            endpoints.MapGet(pattern, HandleAsync)
                .AllowAnonymous()
                .WithTags("Search")
                .WithSummary("Title suggestions for a prefix (Chinese, pinyin or pinyin initials)");
        }
    }

    private static async Task<Results<Ok<SuggestResponse>, ValidationProblem>> HandleAsync(
        HttpRequest request, ICatalogueSearch search, IStringLocalizer<SearchMessages> text, CancellationToken cancellationToken)
    {
        int? max = null;
        if (request.Query[CatalogueSearchParameters.Max].LastOrDefault() is { Length: > 0 } maxText)
        {
            if (!int.TryParse(maxText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [CatalogueSearchParameters.Max] = [text["NotANumber"]] });
            }

            max = parsed;
        }

        var result = await search.SuggestAsync(request.Query[CatalogueSearchParameters.Q].LastOrDefault(), max, cancellationToken);
        return result.Suggestions is { } suggestions
            ? TypedResults.Ok(new SuggestResponse(suggestions))
            : TypedResults.ValidationProblem(result.Errors!);
    }

    internal sealed record SuggestResponse(IReadOnlyList<CatalogueSuggestion> Items);
}
