namespace Portal.BuildingBlocks.MultiTenancy;

/// <summary>
/// An entity owned by one prefecture (or by the host when <see cref="TenantId"/> is null).
/// Marking an entity is all it takes: the module's DbContext filters reads by the current tenant
/// and <see cref="Persistence.TenantStampingInterceptor"/> stamps and guards writes.
/// </summary>
public interface IMultiTenant
{
    Guid? TenantId { get; }
}
