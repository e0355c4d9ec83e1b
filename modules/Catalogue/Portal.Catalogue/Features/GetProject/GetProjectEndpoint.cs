using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Http;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Features.Projects;
using Portal.Catalogue.Media.Features;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Features.GetProject;

/// <summary><c>GET /api/admin/projects/{id}</c>: the working copy of one of the current prefecture's projects.</summary>
internal static class GetProjectEndpoint
{
    public static void Map(RouteGroupBuilder projects) => projects.MapGet("/{id:guid}", HandleAsync).WithSummary("One project, as its prefecture edits it");

    private static async Task<Results<Ok<ProjectResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return project is null ? PortalResults.NotFound() : TypedResults.Ok(ProjectResponse.From(project) with
        {
            Photos = await MediaQueries.ListAsync(db, CatalogueItemKinds.Project, id, cancellationToken),
        });
    }
}
