using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Server.AspNetCore;

namespace Portal.Identity.Oidc.EndSession;

/// <summary>
/// <c>GET|POST /connect/logout</c> (RP-initiated logout): ends the back-office cookie session, then
/// OpenIddict sends the browser to the app's <c>post_logout_redirect_uri</c> when the app registered it
/// (it has refused the request already when the app did not), else to the home page.
/// </summary>
internal static class EndSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) => endpoints
        .MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], (Delegate)HandleAsync)
        .AllowAnonymous()
        .DisableAntiforgery()
        .ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(HttpContext http)
    {
        _ = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request is missing; is passthrough enabled?");
        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.SignOut(
            new AuthenticationProperties { RedirectUri = "/" },
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
