using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.CatalogueSearch.Contracts;

namespace Portal.CatalogueSearch.Features.Search;

/// <summary>
/// <c>GET /api/search</c> (API.md): anonymous, published items only. The same search under a prefecture's
/// prefix, <c>GET /t/{slug}/api/search</c>, and any request the tenant middleware resolved to a prefecture
/// (a host caller's <c>X-Tenant</c>, a prefecture's token) are confined to that prefecture.
/// </summary>
internal static class SearchEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        foreach (var pattern in new[] { "/api/search", "/t/{slug}/api/search" })
        {
            endpoints.MapGet(pattern, HandleAsync)
                .AllowAnonymous()
                .Produces<CatalogueSearchResponse>(StatusCodes.Status200OK, "application/json")
                .ProducesValidationProblem()
                .WithTags("Search")
                .WithSummary("Full-text search of published parks, policies and projects");
        }
    }

    // The answer is already the body's JSON (cached so): written as it is, not serialized again.
    private static async Task<IResult> HandleAsync(
        HttpRequest request, CatalogueSearchService search, CancellationToken cancellationToken)
    {
        var (answer, errors) = await search.AnswerAsync(CatalogueSearchRequest.FromQuery(request.Query), cancellationToken);
        return answer is not null
            ? TypedResults.Bytes(answer.Utf8, "application/json; charset=utf-8")
            : TypedResults.ValidationProblem(errors!);
    }
}
