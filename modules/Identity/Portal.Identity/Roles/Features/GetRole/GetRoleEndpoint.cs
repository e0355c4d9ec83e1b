using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Identity.Contracts.Administration;
using Portal.Identity.Users;

namespace Portal.Identity.Roles.Features.GetRole;

/// <summary><c>GET /api/admin/roles/{id}</c>: a default role or a custom role of the caller's scope; another scope's is a 404.</summary>
internal static class GetRoleEndpoint
{
    public static void Map(RouteGroupBuilder roles) => roles.MapGet("/{id:guid}", HandleAsync).WithSummary("One role");

    private static async Task<IResult> HandleAsync(Guid id, HttpContext http, IUserAdministration administration, CancellationToken cancellationToken) =>
        (await administration.GetRoleAsync(http.User, id, cancellationToken)).ToHttp();
}
