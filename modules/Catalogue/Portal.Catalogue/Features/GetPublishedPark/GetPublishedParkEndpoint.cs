using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.BuildingBlocks.Http;
using Portal.Catalogue.Contracts;

namespace Portal.Catalogue.Features.GetPublishedPark;

/// <summary><c>GET /api/parks/{id}</c>: the published version of a park of any prefecture; 404 for drafts, archived and unknown parks. Anonymous.</summary>
internal static class GetPublishedParkEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) => endpoints
        .MapGet("/api/parks/{id:guid}", HandleAsync)
        .AllowAnonymous()
        .WithTags("Catalogue")
        .WithSummary("A published park");

    private static async Task<Results<Ok<PublishedParkDto>, ProblemHttpResult>> HandleAsync(
        Guid id, ICatalogueModule catalogue, CancellationToken cancellationToken) =>
        await catalogue.FindPublishedParkAsync(id, cancellationToken) is { } park
            ? TypedResults.Ok(park)
            : PortalResults.NotFound();
}
