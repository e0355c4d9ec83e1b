using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Http;
using Portal.Tenancy.Persistence;

namespace Portal.Tenancy.Features.GetTenant;

/// <summary><c>GET /api/admin/tenants/{slug}</c>. Host only.</summary>
internal static class GetTenantEndpoint
{
    public static void Map(RouteGroupBuilder tenants) => tenants.MapGet("/{slug}", HandleAsync).WithSummary("One prefecture");

    private static async Task<Results<Ok<TenantResponse>, ProblemHttpResult>> HandleAsync(
        string slug, TenancyDbContext db, CancellationToken cancellationToken)
    {
        // Slugs are stored lower-case; normalizing here keeps the index usable.
        var normalized = slug.ToLowerInvariant();
        var tenant = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == normalized, cancellationToken);
        return tenant is null ? PortalResults.NotFound() : TypedResults.Ok(TenantResponse.From(tenant));
    }
}
