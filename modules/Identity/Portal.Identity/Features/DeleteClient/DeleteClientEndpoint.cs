using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Portal.BuildingBlocks.Http;
using Portal.Identity.Clients;
using Portal.Identity.Security;

namespace Portal.Identity.Features.DeleteClient;

/// <summary>
/// <c>DELETE /api/admin/clients/{clientId}</c>: removes a client of the current scope and its tokens.
/// Another scope's client is a 404, exactly like one that never existed.
/// </summary>
internal static class DeleteClientEndpoint
{
    public static void Map(RouteGroupBuilder clients) => clients.MapDelete("/{clientId}", HandleAsync).WithSummary("Delete a client");

    private static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        string clientId, HttpContext http, ClientRegistry registry, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!await registry.DeleteAsync(clientId, cancellationToken))
        {
            return PortalResults.NotFound();
        }

        loggers.CreateLogger(typeof(DeleteClientEndpoint).FullName!)
            .LogInformation("{Caller} deleted the client {ClientId}", http.User.Subject(), clientId);
        return TypedResults.NoContent();
    }
}
