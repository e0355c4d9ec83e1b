namespace Portal.BuildingBlocks.MultiTenancy;

/// <summary>Looks tenants up for request resolution; implemented (and cached) by the Tenancy module.</summary>
public interface ITenantStore
{
    Task<TenantInfo?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default);

    Task<TenantInfo?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default);
}
