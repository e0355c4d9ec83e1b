using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Portal.Tenancy.Persistence;

namespace Portal.Tenancy.Features.ListTenants;

/// <summary><c>GET /api/admin/tenants</c>: every prefecture, disabled ones included. Host only.</summary>
internal static class ListTenantsEndpoint
{
    public static void Map(RouteGroupBuilder tenants) => tenants.MapGet("/", HandleAsync).WithSummary("All prefectures");

    private static async Task<Ok<TenantResponse[]>> HandleAsync(TenancyDbContext db, CancellationToken cancellationToken)
    {
        var tenants = await db.Tenants.AsNoTracking().ToListAsync(cancellationToken);
        return TypedResults.Ok(tenants.OrderBy(t => t.Code, StringComparer.Ordinal).Select(TenantResponse.From).ToArray());
    }
}
