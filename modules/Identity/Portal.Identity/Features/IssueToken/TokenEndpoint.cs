using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Security;
using Portal.Audit.Contracts;
using Portal.Identity.Clients;
using Portal.Identity.Contracts;
using Portal.Identity.Oidc.Audit;
using Portal.Identity.Oidc.Token;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Portal.Identity.Features.IssueToken;

/// <summary>
/// <c>POST /connect/token</c>. OpenIddict has already authenticated the client (secret checked against
/// its hash, grant type allowed) when the request gets here; this decides what the token says:
/// <c>sub</c> = client id, the prefecture (<c>tenant</c>, <c>tenant_slug</c>) for a prefecture client,
/// one <c>permission</c> claim per permission (narrowed by <c>portal.{permission}</c> scopes when asked).
/// A client whose prefecture is unknown or disabled gets none. The authorization code and refresh token
/// grants (people through apps) are handled by <see cref="UserTokenGrant"/>. Every issued token is audited.
/// </summary>
internal static class TokenEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) => endpoints
        .MapPost("/connect/token", HandleAsync)
        .AllowAnonymous()
        .ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IOpenIddictApplicationManager applications,
        ITenantStore tenants,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request is missing; is passthrough enabled?");
        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // A person's tokens, through an app: Oidc/Token.
            return await UserTokenGrant.HandleAsync(http, request, cancellationToken);
        }

        if (!request.IsClientCredentialsGrantType())
        {
            // OpenIddict refuses the grants that are not enabled before we get here.
            return Refuse(Errors.UnsupportedGrantType, "This grant type is not supported.");
        }

        // A machine acts for itself: no ID token, no refresh token, no person's profile.
        var scopes = request.GetScopes();
        if (scopes.Any(scope => !IsApiScope(scope)))
        {
            return Refuse(Errors.InvalidScope, "Client credentials take portal.api or portal.{permission} scopes only.");
        }

        var logger = loggers.CreateLogger(typeof(TokenEndpoint).FullName!);
        var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken);
        if (application is null)
        {
            return Refuse(Errors.InvalidClient, "The client is unknown.");
        }

        var scope = ClientScope.From(await applications.GetPropertiesAsync(application, cancellationToken));
        TenantInfo? tenant = null;
        if (scope.TenantId is { } tenantId)
        {
            tenant = await tenants.FindByIdAsync(tenantId, cancellationToken);
            if (tenant is not { IsActive: true })
            {
                logger.LogInformation("Refused a token to {ClientId}: its prefecture {TenantId} is unknown or disabled", request.ClientId, tenantId);
                return Refuse(Errors.InvalidClient, "The client's prefecture is disabled.");
            }
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, request.ClientId);
        identity.SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application, cancellationToken));
        if (tenant is not null)
        {
            identity.SetClaim(PortalClaims.Tenant, tenant.Id.ToString());
            identity.SetClaim(PortalClaims.TenantSlug, tenant.Slug);
        }

        // No scope asked: everything the client holds, as before scopes existed.
        var permissions = scopes.IsEmpty ? scope.Permissions : OidcScopes.PermissionsFor(scopes, scope.Permissions);
        identity.SetClaims(PortalClaims.Permission, [.. permissions]);
        identity.SetScopes(scopes);
        identity.SetDestinations(static _ => [Destinations.AccessToken]);

        logger.LogInformation("Issued a token to {ClientId} for {Tenant}", request.ClientId, tenant?.Slug ?? "host");
        await http.RequestServices.GetRequiredService<OidcAudit>().RecordAsync(
            new OidcAuditEntry(
                OidcAuditActions.TokenIssued,
                AuditOutcomes.Succeeded,
                tenant?.Id,
                request.ClientId,
                identity.GetClaim(Claims.Name),
                ActorKinds.Client,
                request.ClientId,
                $"{GrantTypes.ClientCredentials}: {string.Join(' ', permissions)}"),
            cancellationToken);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static bool IsApiScope(string scope) =>
        scope == OidcScopes.Api
        || (scope.StartsWith(OidcScopes.PermissionPrefix, StringComparison.Ordinal)
            && Contracts.Permissions.IsKnown(scope[OidcScopes.PermissionPrefix.Length..]));

    // OAuth error descriptions must be plain ASCII (RFC 6749 §5.2), so these are not localized.
    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
