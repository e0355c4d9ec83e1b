using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Identity.Contracts.Administration;

namespace Portal.Identity.Users.Features.ResetUserPassword;

/// <summary>Body of <c>POST /api/admin/users/{id}/reset-password</c>.</summary>
internal sealed record ResetUserPasswordRequest(string? Password);

/// <summary>
/// <c>POST /api/admin/users/{id}/reset-password</c> <c>{ password? }</c>: sets the given password, or without one
/// mails the user a reset link. Lifts a lockout either way.
/// </summary>
internal static class ResetUserPasswordEndpoint
{
    public static void Map(RouteGroupBuilder users) => users.MapPost("/{id:guid}/reset-password", HandleAsync).WithSummary("Reset a user's password");

    private static async Task<IResult> HandleAsync(
        Guid id, ResetUserPasswordRequest? request, HttpContext http, IUserAdministration administration, CancellationToken cancellationToken) =>
        (await administration.ResetPasswordAsync(http.User, id, request?.Password, cancellationToken)).ToHttp();
}
