using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Security;
using Portal.Identity.Contracts;
using Portal.Identity.Domain;

namespace Portal.Identity.Account;

/// <summary>
/// What a person's cookie says: besides Identity's own claims, one <c>permission</c> claim per permission
/// of their roles and, for prefecture staff, the <c>tenant</c> and <c>tenant_slug</c> claims, exactly as a
/// token carries them. The permission policies and the tenant-resolution middleware then treat a cookie
/// and a token alike. A prefecture user never carries a host-only permission, whatever a role says.
/// </summary>
internal sealed class PortalClaimsFactory(
    UserManager<PortalUser> users,
    RoleManager<PortalRole> roles,
    IOptions<IdentityOptions> options,
    ITenantStore tenants)
    : UserClaimsPrincipalFactory<PortalUser, PortalRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);

        // Role claims arrive once per role; a permission is a permission, once.
        var granted = identity.FindAll(PortalClaims.Permission).ToList();
        foreach (var claim in granted)
        {
            identity.RemoveClaim(claim);
        }

        var allowed = user.TenantId is null
            ? Permissions.All
            : Permissions.All.Except(Permissions.HostOnly, StringComparer.Ordinal);
        foreach (var permission in allowed.Where(p => granted.Exists(claim => claim.Value == p)))
        {
            identity.AddClaim(new Claim(PortalClaims.Permission, permission));
        }

        if (user.TenantId is { } tenantId)
        {
            identity.AddClaim(new Claim(PortalClaims.Tenant, tenantId.ToString()));
            if (await tenants.FindByIdAsync(tenantId) is { } tenant)
            {
                identity.AddClaim(new Claim(PortalClaims.TenantSlug, tenant.Slug));
            }
        }

        return identity;
    }
}
