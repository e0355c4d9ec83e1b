using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Identity.Contracts.Administration;

namespace Portal.Identity.Users.Features.DisableUser;

/// <summary>
/// <c>POST /api/admin/users/{id}/disable</c> and <c>…/enable</c>. Disabling ends the user's sessions (new
/// security stamp) and revokes their tokens and authorizations at once.
/// </summary>
internal static class DisableUserEndpoint
{
    public static void Map(RouteGroupBuilder users)
    {
        users.MapPost("/{id:guid}/disable", (Guid id, HttpContext http, IUserAdministration administration, CancellationToken cancellationToken) =>
            SetAsync(id, true, http, administration, cancellationToken)).WithSummary("Disable a user");
        users.MapPost("/{id:guid}/enable", (Guid id, HttpContext http, IUserAdministration administration, CancellationToken cancellationToken) =>
            SetAsync(id, false, http, administration, cancellationToken)).WithSummary("Enable a user");
    }

    private static async Task<IResult> SetAsync(Guid id, bool disabled, HttpContext http, IUserAdministration administration, CancellationToken cancellationToken) =>
        (await administration.SetDisabledAsync(http.User, id, disabled, cancellationToken)).ToHttp();
}
