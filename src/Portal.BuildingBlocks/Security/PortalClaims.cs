namespace Portal.BuildingBlocks.Security;

/// <summary>Claim types the portal puts into tokens and cookies.</summary>
public static class PortalClaims
{
    /// <summary>The tenant id (a GUID) of a prefecture principal; absent for host principals.</summary>
    public const string Tenant = "tenant";

    /// <summary>The tenant slug, for display and logs; <see cref="Tenant"/> is authoritative.</summary>
    public const string TenantSlug = "tenant_slug";

    /// <summary>One claim per granted permission.</summary>
    public const string Permission = "permission";
}
