using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Identity.Contracts.Administration;
using Portal.Identity.Users;

namespace Portal.Identity.Roles.Features.DeleteRole;

/// <summary><c>DELETE /api/admin/roles/{id}</c>: a custom role nobody holds any more (409 while in use or for a default role).</summary>
internal static class DeleteRoleEndpoint
{
    public static void Map(RouteGroupBuilder roles) => roles.MapDelete("/{id:guid}", HandleAsync).WithSummary("Delete a custom role");

    private static async Task<IResult> HandleAsync(Guid id, HttpContext http, IUserAdministration administration, CancellationToken cancellationToken) =>
        (await administration.DeleteRoleAsync(http.User, id, cancellationToken)).ToHttp();
}
