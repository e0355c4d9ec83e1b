using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Http;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Features.Policies;
using Portal.Catalogue.Media.Features;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Features.GetPolicy;

/// <summary><c>GET /api/admin/policies/{id}</c>: the working copy of one of the current prefecture's policies.</summary>
internal static class GetPolicyEndpoint
{
    public static void Map(RouteGroupBuilder policies) => policies.MapGet("/{id:guid}", HandleAsync).WithSummary("One policy, as its prefecture edits it");

    private static async Task<Results<Ok<PolicyResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, CatalogueDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var policy = await db.Policies.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return policy is null ? PortalResults.NotFound() : TypedResults.Ok(PolicyResponse.From(policy, ChinaCalendar.Today(clock)) with
        {
            Attachments = await MediaQueries.ListAsync(db, CatalogueItemKinds.Policy, id, cancellationToken),
        });
    }
}
