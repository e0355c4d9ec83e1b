using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Identity.Contracts.Administration;

namespace Portal.Identity.Users.Features.GetUser;

/// <summary><c>GET /api/admin/users/{id}</c>: one user of the caller's scope; another scope's is a 404.</summary>
internal static class GetUserEndpoint
{
    public static void Map(RouteGroupBuilder users) => users.MapGet("/{id:guid}", HandleAsync).WithSummary("One user");

    private static async Task<IResult> HandleAsync(Guid id, HttpContext http, IUserAdministration administration, CancellationToken cancellationToken) =>
        (await administration.GetUserAsync(http.User, id, cancellationToken)).ToHttp();
}
