using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Http;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Features.Parks;
using Portal.Catalogue.Media.Features;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Features.GetPark;

/// <summary><c>GET /api/admin/parks/{id}</c>: the working copy of one of the current prefecture's parks.</summary>
internal static class GetParkEndpoint
{
    public static void Map(RouteGroupBuilder parks) => parks.MapGet("/{id:guid}", HandleAsync).WithSummary("One park, as its prefecture edits it");

    private static async Task<Results<Ok<ParkResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var park = await db.Parks.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return park is null ? PortalResults.NotFound() : TypedResults.Ok(ParkResponse.From(park) with
        {
            Photos = await MediaQueries.ListAsync(db, CatalogueItemKinds.Park, id, cancellationToken),
        });
    }
}
