using System.Security.Claims;
using Portal.BuildingBlocks.Security;
using Portal.Identity.Contracts;
using Portal.Inquiries.Domain;

namespace Portal.Inquiries.Features;

/// <summary>
/// Who is calling the desk: a host principal (the bureau: no tenant claim) or one prefecture's. Decided by the
/// principal, never by the request's tenant: a host caller naming a prefecture with <c>X-Tenant</c> stays the bureau.
/// </summary>
internal sealed record DeskCaller(ClaimsPrincipal Principal, Guid? TenantId, Actor Actor, string OwnerKey)
{
    public bool IsHost => TenantId is null;

    public bool CanRoute => IsHost && Principal.HasClaim(PortalClaims.Permission, Permissions.InquiriesRoute);

    public Guid? UserId => Guid.TryParse(Actor.Id, out var id) ? id : null;

    public static DeskCaller From(ClaimsPrincipal principal)
    {
        var tenant = Guid.TryParse(principal.FindFirstValue(PortalClaims.Tenant), out var tenantId) ? tenantId : (Guid?)null;
        var id = principal.FindFirstValue("sub") ?? principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = principal.FindFirstValue("name") ?? principal.FindFirstValue(ClaimTypes.Name)
            ?? principal.FindFirstValue("preferred_username") ?? principal.Identity?.Name ?? principal.FindFirstValue("client_id") ?? id;
        return new DeskCaller(principal, tenant, new Actor(id, name, tenant is null), id ?? "anonymous");
    }
}
