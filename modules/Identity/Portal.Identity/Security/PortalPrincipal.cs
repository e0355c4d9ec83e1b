using System.Security.Claims;
using OpenIddict.Abstractions;
using Portal.BuildingBlocks.Security;

namespace Portal.Identity.Security;

/// <summary>What the portal reads from a signed-in principal (token or cookie).</summary>
internal static class PortalPrincipal
{
    /// <summary>The prefecture of a prefecture principal; null for the host.</summary>
    public static Guid? TenantId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(PortalClaims.Tenant), out var id) ? id : null;

    public static IReadOnlySet<string> PermissionSet(this ClaimsPrincipal principal) =>
        principal.FindAll(PortalClaims.Permission).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>The client id of a machine client, the user id of a person.</summary>
    public static string Subject(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(OpenIddictConstants.Claims.Subject)
        ?? principal.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? "unknown";
}
