using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Identity.Contracts.Administration;
using Portal.Identity.Users;

namespace Portal.Identity.Features.GetClient;

/// <summary><c>GET /api/admin/clients/{clientId}</c>: one client of the current scope; another scope's is a 404.</summary>
internal static class GetClientEndpoint
{
    public static void Map(RouteGroupBuilder clients) => clients.MapGet("/{clientId}", HandleAsync).WithSummary("One client of the current scope");

    private static async Task<IResult> HandleAsync(
        string clientId, HttpContext http, IClientAdministration administration, CancellationToken cancellationToken) =>
        (await administration.GetClientAsync(http.User, clientId, cancellationToken)).ToHttp();
}
