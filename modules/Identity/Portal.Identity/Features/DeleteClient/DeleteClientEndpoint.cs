using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.BuildingBlocks.Http;
using Portal.Identity.Contracts.Administration;

namespace Portal.Identity.Features.DeleteClient;

/// <summary>
/// <c>DELETE /api/admin/clients/{clientId}</c>: removes a client of the current scope and its tokens.
/// Another scope's client is a 404, exactly like one that never existed.
/// </summary>
internal static class DeleteClientEndpoint
{
    public static void Map(RouteGroupBuilder clients) => clients.MapDelete("/{clientId}", HandleAsync).WithSummary("Delete a client");

    private static async Task<IResult> HandleAsync(
        string clientId, HttpContext http, IClientAdministration administration, CancellationToken cancellationToken) =>
        (await administration.DeleteClientAsync(http.User, clientId, cancellationToken)).Succeeded
            ? TypedResults.NoContent()
            : PortalResults.NotFound();
}
