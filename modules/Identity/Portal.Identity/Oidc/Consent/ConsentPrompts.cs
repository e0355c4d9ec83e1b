using System.Security.Claims;
using OpenIddict.Abstractions;
using Portal.Identity.Clients;
using Portal.Identity.Contracts;
using Portal.Identity.Security;

namespace Portal.Identity.Oidc.Consent;

/// <summary>
/// Tells the consent page what it may show: the app's registered name (never a name from the
/// request), its prefecture, and the scopes and permissions asked for, as far as this person holds them.
/// </summary>
internal sealed class ConsentPrompts(IOpenIddictApplicationManager applications, PortalUserPrincipals principals) : IConsentPrompts
{
    public async Task<ConsentPrompt?> DescribeAsync(
        ClaimsPrincipal user, string clientId, string redirectUri, string? scope, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(clientId) || string.IsNullOrWhiteSpace(redirectUri)
            || await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } application
            || !await applications.HasPermissionAsync(application, OpenIddictConstants.Permissions.GrantTypes.AuthorizationCode, cancellationToken)
            || !await applications.ValidateRedirectUriAsync(application, redirectUri, cancellationToken))
        {
            return null;
        }

        var standing = await principals.FindAsync(user.Subject(), cancellationToken);
        if (!standing.MayGetTokens)
        {
            return null;
        }

        var asked = (scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var scopes = OidcScopes.All.Where(asked.Contains).ToList();
        var permissions = OidcScopes.PermissionsFor(scopes, await principals.PermissionsAsync(standing.User!));
        var client = ClientScope.From(await applications.GetPropertiesAsync(application, cancellationToken));
        var name = await applications.GetDisplayNameAsync(application, cancellationToken) ?? clientId;
        return new ConsentPrompt(clientId, name, client.TenantSlug, scopes, permissions);
    }
}
