using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Identity.Contracts.Administration;

namespace Portal.Identity.Roles.Features.ListRoles;

/// <summary><c>GET /api/admin/roles?tenant=</c>: the default roles that fit the scope and the scope's custom roles.</summary>
internal static class ListRolesEndpoint
{
    public static void Map(RouteGroupBuilder roles) => roles.MapGet("/", HandleAsync).WithSummary("Roles of the caller's scope");

    private static async Task<Ok<IReadOnlyList<RoleDetails>>> HandleAsync(
        HttpContext http, IUserAdministration administration, CancellationToken cancellationToken, string? tenant = null) =>
        TypedResults.Ok(await administration.ListRolesAsync(http.User, tenant, cancellationToken));
}
