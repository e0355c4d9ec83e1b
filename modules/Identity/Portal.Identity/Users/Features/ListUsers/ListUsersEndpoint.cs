using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Identity.Contracts.Administration;

namespace Portal.Identity.Users.Features.ListUsers;

/// <summary>
/// <c>GET /api/admin/users?q=&amp;role=&amp;disabled=&amp;tenant=&amp;page=&amp;pageSize=</c>: the users of the caller's
/// scope (a host caller without <c>X-Tenant</c>: everyone, or <c>tenant</c> = a slug or <c>host</c>), paged.
/// </summary>
internal static class ListUsersEndpoint
{
    public static void Map(RouteGroupBuilder users) => users.MapGet("/", HandleAsync).WithSummary("Users of the caller's scope");

    private static async Task<Ok<UserPage>> HandleAsync(
        HttpContext http, IUserAdministration administration, CancellationToken cancellationToken,
        string? q = null, string? role = null, bool? disabled = null, string? tenant = null, int page = 1, int pageSize = 20) =>
        TypedResults.Ok(await administration.ListUsersAsync(http.User, new UserQuery(q, role, disabled, tenant, page, pageSize), cancellationToken));
}
