using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Identity.Contracts.Administration;

namespace Portal.Identity.Features.ListClients;

/// <summary>
/// <c>GET /api/admin/clients</c>: the clients of the current scope only (the host's for a host caller,
/// or the prefecture's named by <c>X-Tenant</c>; a prefecture caller's own). The <c>Tenant</c> filter does the confining.
/// </summary>
internal static class ListClientsEndpoint
{
    public static void Map(RouteGroupBuilder clients) => clients.MapGet("/", HandleAsync).WithSummary("Clients of the current scope");

    private static async Task<Ok<IReadOnlyList<ClientDetails>>> HandleAsync(
        HttpContext http, IClientAdministration administration, CancellationToken cancellationToken) =>
        TypedResults.Ok(await administration.ListClientsAsync(http.User, cancellationToken));
}
