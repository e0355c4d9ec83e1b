using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Portal.BuildingBlocks.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Portal.Identity.Oidc.UserInfo;

/// <summary>
/// <c>GET|POST /connect/userinfo</c> with a person's access token: <c>sub</c> always; <c>name</c> and
/// <c>preferred_username</c> with <c>profile</c>; <c>email</c> with <c>email</c>; the prefecture
/// (<c>tenant_slug</c>) and <c>permission</c> values as the token carries them. A token that is expired,
/// revoked or not the portal's is a 401 with <c>WWW-Authenticate</c> (OpenIddict answers it).
/// </summary>
internal static class UserInfoEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) => endpoints
        .MapMethods("/connect/userinfo", [HttpMethods.Get, HttpMethods.Post], (Delegate)HandleAsync)
        .AllowAnonymous()
        .DisableAntiforgery()
        .ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (result.Principal is not { } principal)
        {
            return Results.Challenge(properties: null, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var claims = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [Claims.Subject] = principal.GetClaim(Claims.Subject),
        };
        if (principal.HasScope(Scopes.Profile))
        {
            claims[Claims.Name] = principal.GetClaim(Claims.Name);
            claims[Claims.PreferredUsername] = principal.GetClaim(Claims.PreferredUsername);
        }

        if (principal.HasScope(Scopes.Email) && principal.GetClaim(Claims.Email) is { } email)
        {
            claims[Claims.Email] = email;
        }

        if (principal.GetClaim(PortalClaims.TenantSlug) is { } slug)
        {
            claims[PortalClaims.TenantSlug] = slug;
        }

        claims[PortalClaims.Permission] = principal.GetClaims(PortalClaims.Permission).ToArray();
        return Results.Json(claims);
    }
}
