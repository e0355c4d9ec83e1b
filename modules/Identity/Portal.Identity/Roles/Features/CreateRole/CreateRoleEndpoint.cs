using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Identity.Contracts.Administration;
using Portal.Identity.Users;

namespace Portal.Identity.Roles.Features.CreateRole;

/// <summary>
/// <c>POST /api/admin/roles</c> <c>{ displayName, description?, permissions: [...], tenant? }</c>: a custom role of the
/// caller's scope, holding only permissions the caller holds (and no host-only one in a prefecture).
/// </summary>
internal static class CreateRoleEndpoint
{
    public static void Map(RouteGroupBuilder roles) => roles.MapPost("/", HandleAsync).WithSummary("Create a custom role");

    private static async Task<IResult> HandleAsync(RoleDraft request, HttpContext http, IUserAdministration administration, CancellationToken cancellationToken) =>
        (await administration.CreateRoleAsync(http.User, request, cancellationToken)).ToHttp(role => $"/api/admin/roles/{role.Id}");
}
