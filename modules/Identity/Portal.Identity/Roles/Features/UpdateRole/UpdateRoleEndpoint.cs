using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Identity.Contracts.Administration;
using Portal.Identity.Users;

namespace Portal.Identity.Roles.Features.UpdateRole;

/// <summary><c>PUT /api/admin/roles/{id}</c>: renames a custom role and replaces its permissions; default roles are read-only (409).</summary>
internal static class UpdateRoleEndpoint
{
    public static void Map(RouteGroupBuilder roles) => roles.MapPut("/{id:guid}", HandleAsync).WithSummary("Change a custom role");

    private static async Task<IResult> HandleAsync(
        Guid id, RoleDraft request, HttpContext http, IUserAdministration administration, CancellationToken cancellationToken) =>
        (await administration.UpdateRoleAsync(http.User, id, request, cancellationToken)).ToHttp();
}
