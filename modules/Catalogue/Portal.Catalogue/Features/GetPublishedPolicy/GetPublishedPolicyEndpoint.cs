using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.BuildingBlocks.Http;
using Portal.Catalogue.Contracts;

namespace Portal.Catalogue.Features.GetPublishedPolicy;

/// <summary><c>GET /api/policies/{id}</c>: the published version of a policy, with <c>expired</c>; 404 for drafts, archived and unknown. Anonymous.</summary>
internal static class GetPublishedPolicyEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) => endpoints
        .MapGet("/api/policies/{id:guid}", HandleAsync)
        .AllowAnonymous()
        .WithTags("Catalogue")
        .WithSummary("A published incentive policy");

    private static async Task<Results<Ok<PublishedPolicyDto>, ProblemHttpResult>> HandleAsync(
        Guid id, ICatalogueModule catalogue, CancellationToken cancellationToken) =>
        await catalogue.FindPublishedPolicyAsync(id, cancellationToken) is { } policy
            ? TypedResults.Ok(policy)
            : PortalResults.NotFound();
}
