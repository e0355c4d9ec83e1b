using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Identity.Contracts.Administration;

namespace Portal.Identity.Users.Features.UpdateUser;

/// <summary><c>PUT /api/admin/users/{id}</c> <c>{ displayName?, email?, roles? }</c>: fields left out stay as they are.</summary>
internal static class UpdateUserEndpoint
{
    public static void Map(RouteGroupBuilder users) => users.MapPut("/{id:guid}", HandleAsync).WithSummary("Change a user's name, address or roles");

    private static async Task<IResult> HandleAsync(
        Guid id, UserChange request, HttpContext http, IUserAdministration administration, CancellationToken cancellationToken) =>
        (await administration.UpdateUserAsync(http.User, id, request, cancellationToken)).ToHttp();
}
