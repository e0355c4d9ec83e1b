namespace Portal.BuildingBlocks.MultiTenancy;

/// <summary>
/// The prefecture the current request or background job works for; <c>null</c> means the host
/// (the provincial bureau). Host code sees host rows only: reading across tenants is explicit.
/// </summary>
public interface ICurrentTenant
{
    Guid? Id { get; }

    string? Slug { get; }

    bool IsHost => Id is null;

    /// <summary>Switches the tenant until the returned scope is disposed, then restores the previous one.</summary>
    IDisposable Change(Guid? tenantId, string? slug = null);
}
