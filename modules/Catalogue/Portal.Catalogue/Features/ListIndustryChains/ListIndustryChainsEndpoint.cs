using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Catalogue.Contracts;

namespace Portal.Catalogue.Features.ListIndustryChains;

/// <summary><c>GET /api/industry-chains</c>: the shared taxonomy with its stable codes and Chinese and English names. Anonymous.</summary>
internal static class ListIndustryChainsEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) => endpoints
        .MapGet("/api/industry-chains", HandleAsync)
        .AllowAnonymous()
        .WithTags("Catalogue")
        .WithSummary("The industry-chain taxonomy");

    private static async Task<Ok<IReadOnlyList<IndustryChainDto>>> HandleAsync(ICatalogueModule catalogue, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalogue.ListIndustryChainsAsync(cancellationToken));
}
