using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.BuildingBlocks.Http;
using Portal.Catalogue.Contracts;

namespace Portal.Catalogue.Features.GetPublishedProject;

/// <summary><c>GET /api/projects/{id}</c>: the published version of an investment project; 404 for drafts, archived and unknown. Anonymous.</summary>
internal static class GetPublishedProjectEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) => endpoints
        .MapGet("/api/projects/{id:guid}", HandleAsync)
        .AllowAnonymous()
        .WithTags("Catalogue")
        .WithSummary("A published investment project");

    private static async Task<Results<Ok<PublishedProjectDto>, ProblemHttpResult>> HandleAsync(
        Guid id, ICatalogueModule catalogue, CancellationToken cancellationToken) =>
        await catalogue.FindPublishedProjectAsync(id, cancellationToken) is { } project
            ? TypedResults.Ok(project)
            : PortalResults.NotFound();
}
