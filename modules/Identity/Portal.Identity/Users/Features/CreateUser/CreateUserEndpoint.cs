using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Identity.Contracts.Administration;

namespace Portal.Identity.Users.Features.CreateUser;

/// <summary>
/// <c>POST /api/admin/users</c> <c>{ userName, email, displayName?, roles: [...], tenant?, password? }</c>: a user
/// of the caller's prefecture, or (host callers) of the host or the prefecture named by <c>tenant</c> or
/// <c>X-Tenant</c>. Without a password the user is invited by mail to set one.
/// </summary>
internal static class CreateUserEndpoint
{
    public static void Map(RouteGroupBuilder users) => users.MapPost("/", HandleAsync).WithSummary("Create a user");

    private static async Task<IResult> HandleAsync(NewUser request, HttpContext http, IUserAdministration administration, CancellationToken cancellationToken) =>
        (await administration.CreateUserAsync(http.User, request, cancellationToken)).ToHttp(user => $"/api/admin/users/{user.Id}");
}
