using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Portal.Audit.Contracts;
using Portal.Identity.Clients;
using Portal.Identity.Oidc.Audit;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Portal.Identity.Oidc.Token;

/// <summary>
/// The authorization code and refresh token grants at <c>POST /connect/token</c>. OpenIddict has
/// checked the code or refresh token (signature, expiry, one use, PKCE verifier, same client, same
/// redirect URI) and the authorization behind it. This checks the person again, because things may have
/// changed since they consented: the account must still exist and not be locked, their password not have
/// changed (security stamp), their prefecture still be open, and the app still serve their prefecture.
/// The new tokens carry the person's permissions as they are now, within the scopes granted.
/// </summary>
internal static class UserTokenGrant
{
    public static async Task<IResult> HandleAsync(HttpContext http, OpenIddictRequest request, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var principals = services.GetRequiredService<PortalUserPrincipals>();
        var applications = services.GetRequiredService<IOpenIddictApplicationManager>();
        var audit = services.GetRequiredService<OidcAudit>();

        var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var token = result.Principal ?? throw new InvalidOperationException("OpenIddict validated a token it cannot read.");
        var standing = await principals.FindAsync(token.GetClaim(Claims.Subject), cancellationToken);
        var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken)
            ?? throw new InvalidOperationException("OpenIddict let an unknown client through.");
        var client = ClientScope.From(await applications.GetPropertiesAsync(application, cancellationToken));

        var refusal = standing.Refusal;
        if (refusal is null && standing.User is { } found)
        {
            if (!await principals.StampStillValidAsync(token, found))
            {
                refusal = "The user's credentials have changed; sign in again.";
            }
            else if (!PortalUserPrincipals.MayServe(client, found))
            {
                refusal = "This application serves another prefecture's users only.";
            }
        }

        if (refusal is not null)
        {
            // Audited by TokenRefusalAudit, like every refused token request.
            return Results.Forbid(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidGrant,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = refusal,
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var user = standing.User!;
        var identity = await principals.CreateIdentityAsync(standing, token.GetScopes());
        identity.SetAuthorizationId(token.GetAuthorizationId());
        await audit.RecordAsync(
            new OidcAuditEntry(
                OidcAuditActions.TokenIssued,
                AuditOutcomes.Succeeded,
                user.TenantId,
                user.Id.ToString(),
                user.UserName,
                ActorKinds.User,
                request.ClientId,
                $"{request.GrantType}: {string.Join(' ', identity.GetScopes())}"),
            cancellationToken);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
