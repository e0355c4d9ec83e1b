using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Identity.Contracts.Administration;
using Portal.Identity.Users;

namespace Portal.Identity.Features.CreateClient;

/// <summary>
/// <c>POST /api/admin/clients</c> <c>{ displayName, type?, tenant?, permissions?, redirectUris?, postLogoutRedirectUris? }</c>:
/// a client for the caller's scope. A host caller creates host clients, or a prefecture's (named by <c>tenant</c> or
/// <c>X-Tenant</c>); a prefecture caller creates only its own. The rules are <see cref="Clients.ClientAdministration"/>'s.
/// </summary>
internal static class CreateClientEndpoint
{
    public static void Map(RouteGroupBuilder clients) => clients.MapPost("/", HandleAsync).WithSummary("Create a client; the secret is shown once");

    private static async Task<IResult> HandleAsync(
        NewClient request, HttpContext http, IClientAdministration administration, CancellationToken cancellationToken)
    {
        var result = await administration.CreateClientAsync(http.User, request, cancellationToken);
        if (result.Succeeded)
        {
            // The answer holds a secret: no cache anywhere may keep it.
            http.Response.Headers.CacheControl = "no-store";
        }

        return result.ToHttp(client => $"/api/admin/clients/{client.ClientId}");
    }
}
