using OpenIddict.Abstractions;
using OpenIddict.Server;
using Portal.Audit.Contracts;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Portal.Identity.Oidc.Audit;

/// <summary>
/// Audits every refused token request, whoever refused it: OpenIddict (unknown client, wrong secret,
/// replayed authorization code, reused refresh token, bad PKCE verifier) or the portal's own rules.
/// Successful responses are audited where the token's principal is made, which knows who it is for.
/// </summary>
internal sealed class TokenRefusalAudit(OidcAudit audit) : IOpenIddictServerHandler<ApplyTokenResponseContext>
{
    public async ValueTask HandleAsync(ApplyTokenResponseContext context)
    {
        if (string.IsNullOrEmpty(context.Response.Error))
        {
            return;
        }

        var request = context.Request;
        var grant = request?.GrantType;
        var reused = context.Response.Error == Errors.InvalidGrant
            && request?.IsRefreshTokenGrantType() == true
            && context.Response.ErrorDescription?.Contains("redeemed", StringComparison.OrdinalIgnoreCase) == true;
        await audit.RecordAloneAsync(
            new OidcAuditEntry(
                reused ? OidcAuditActions.RefreshTokenReused : OidcAuditActions.TokenRefused,
                AuditOutcomes.Denied,
                TenantId: null,
                ActorId: request?.ClientId,
                ActorName: null,
                ActorKind: request?.ClientId is null ? ActorKinds.Anonymous : ActorKinds.Client,
                ClientId: request?.ClientId,
                Details: $"{grant ?? "no grant type"}: {context.Response.Error} ({context.Response.ErrorDescription})"),
            context.CancellationToken);
    }
}
