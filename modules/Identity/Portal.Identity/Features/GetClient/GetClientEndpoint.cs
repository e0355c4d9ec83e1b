using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Http;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Identity.Features.ListClients;
using Portal.Identity.Persistence;

namespace Portal.Identity.Features.GetClient;

/// <summary><c>GET /api/admin/clients/{clientId}</c>: one client of the current scope; another scope's is a 404.</summary>
internal static class GetClientEndpoint
{
    public static void Map(RouteGroupBuilder clients) => clients.MapGet("/{clientId}", HandleAsync).WithSummary("One client of the current scope");

    private static async Task<Results<Ok<ClientResponse>, ProblemHttpResult>> HandleAsync(
        string clientId, IdentityModuleDbContext db, ICurrentTenant currentTenant, CancellationToken cancellationToken)
    {
        var client = await db.MachineClients.AsNoTracking().FirstOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        return client is null ? PortalResults.NotFound() : TypedResults.Ok(ClientResponse.From(client, currentTenant.Slug));
    }
}
