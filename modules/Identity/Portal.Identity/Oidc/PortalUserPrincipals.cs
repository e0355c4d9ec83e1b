using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Security;
using Portal.Identity.Clients;
using Portal.Identity.Contracts;
using Portal.Identity.Domain;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Portal.Identity.Oidc;

/// <summary>
/// A person as the OpenID Connect server sees them: whether they may still get tokens, and the
/// principal their tokens carry. Asked at every authorization request and again at every code and
/// refresh token redemption, so a locked account, a changed password or a disabled prefecture stops
/// an app at its next refresh.
/// </summary>
internal sealed class PortalUserPrincipals(
    UserManager<PortalUser> users,
    IUserClaimsPrincipalFactory<PortalUser> claimsFactory,
    ITenantStore tenants)
{
    /// <summary>A private claim (in codes and refresh tokens only) holding the user's security stamp at sign-in.</summary>
    public const string SecurityStampClaim = "portal_stamp";

    /// <summary>Finds the user named by <paramref name="subject"/> and says whether they may get tokens.</summary>
    public async Task<UserStanding> FindAsync(string? subject, CancellationToken cancellationToken)
    {
        if (subject is null || await users.FindByIdAsync(subject) is not { } user)
        {
            return new UserStanding(null, null, "The account no longer exists.");
        }

        if (user.IsDisabled || (users.SupportsUserLockout && await users.IsLockedOutAsync(user)))
        {
            return new UserStanding(user, null, "The account is locked or disabled.");
        }

        TenantInfo? tenant = null;
        if (user.TenantId is { } tenantId)
        {
            tenant = await tenants.FindByIdAsync(tenantId, cancellationToken);
            if (tenant is not { IsActive: true })
            {
                return new UserStanding(user, null, "The account's prefecture is disabled.");
            }
        }

        return new UserStanding(user, tenant, null);
    }

    /// <summary>
    /// The rule that keeps tokens inside a prefecture: a prefecture's app serves that prefecture's
    /// people only; a host app serves everyone (each person's token still carries their own prefecture).
    /// </summary>
    public static bool MayServe(ClientScope client, PortalUser user) =>
        client.TenantId is null || client.TenantId == user.TenantId;

    /// <summary>The permissions the user holds now, through their roles, as far as their scope allows.</summary>
    public async Task<IReadOnlyList<string>> PermissionsAsync(PortalUser user)
    {
        var principal = await claimsFactory.CreateAsync(user);
        var held = principal.FindAll(PortalClaims.Permission).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal);
        return [.. ClientScope.Allowed(user.TenantId).Where(held.Contains)];
    }

    /// <summary>The identity an authorization code, and then the tokens, are made from.</summary>
    public async Task<ClaimsIdentity> CreateIdentityAsync(UserStanding standing, IEnumerable<string> scopes)
    {
        var user = standing.User ?? throw new InvalidOperationException("No user to sign in.");
        var granted = scopes.ToList();
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString());
        identity.SetClaim(Claims.Name, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName : user.DisplayName);
        identity.SetClaim(Claims.PreferredUsername, user.UserName);
        if (!string.IsNullOrEmpty(user.Email))
        {
            identity.SetClaim(Claims.Email, user.Email);
        }

        if (standing.Tenant is { } tenant)
        {
            identity.SetClaim(PortalClaims.Tenant, tenant.Id.ToString());
            identity.SetClaim(PortalClaims.TenantSlug, tenant.Slug);
        }

        identity.SetClaims(PortalClaims.Permission, [.. OidcScopes.PermissionsFor(granted, await PermissionsAsync(user))]);
        identity.SetClaim(SecurityStampClaim, await users.GetSecurityStampAsync(user));
        identity.SetScopes(granted);
        identity.SetDestinations(DestinationsOf);
        return identity;
    }

    /// <summary>True when the stamp in a code or refresh token is still the user's (no password change, no forced sign-out).</summary>
    public async Task<bool> StampStillValidAsync(ClaimsPrincipal token, PortalUser user) =>
        string.Equals(token.GetClaim(SecurityStampClaim), await users.GetSecurityStampAsync(user), StringComparison.Ordinal);

    // The access token carries what the API needs; the ID token what the app was allowed to know.
    private static IEnumerable<string> DestinationsOf(Claim claim)
    {
        var identity = claim.Subject;
        switch (claim.Type)
        {
            case Claims.Subject:
                yield return Destinations.AccessToken;
                yield return Destinations.IdentityToken;
                break;
            case Claims.Name or Claims.PreferredUsername:
                yield return Destinations.AccessToken;
                if (identity?.HasScope(Scopes.Profile) == true)
                {
                    yield return Destinations.IdentityToken;
                }

                break;
            case Claims.Email:
                if (identity?.HasScope(Scopes.Email) == true)
                {
                    yield return Destinations.AccessToken;
                    yield return Destinations.IdentityToken;
                }

                break;
            case PortalClaims.Tenant or PortalClaims.TenantSlug or PortalClaims.Permission:
                yield return Destinations.AccessToken;
                break;
            default:
                // The security stamp and anything else stay in codes and refresh tokens only.
                break;
        }
    }
}

/// <summary>A user (null when unknown), their prefecture, and why they may not get tokens (null when they may).</summary>
internal sealed record UserStanding(PortalUser? User, TenantInfo? Tenant, string? Refusal)
{
    public bool MayGetTokens => User is not null && Refusal is null;
}
