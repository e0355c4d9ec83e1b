using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
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
                .WithTags("Search")
                .WithSummary("Full-text search of published parks, policies and projects");
        }
    }

    private static async Task<Results<Ok<CatalogueSearchResponse>, ValidationProblem>> HandleAsync(
        HttpRequest request, ICatalogueSearch search, CancellationToken cancellationToken)
    {
        var result = await search.SearchAsync(CatalogueSearchRequest.FromQuery(request.Query), cancellationToken);
        return result.Response is { } response
            ? TypedResults.Ok(response)
            : TypedResults.ValidationProblem(result.Errors!);
    }
}
