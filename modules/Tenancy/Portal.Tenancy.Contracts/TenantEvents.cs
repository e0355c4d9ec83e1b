using Portal.BuildingBlocks.Outbox;

namespace Portal.Tenancy.Contracts;

/// <summary>A prefecture was created; <see cref="AdminEmail"/> names its first admin when given.</summary>
public sealed record TenantCreated(Guid TenantId, string Slug, string Code, string Name, string NameEn, string? AdminEmail)
    : IIntegrationEvent;

/// <summary>A prefecture was renamed, disabled or enabled.</summary>
public sealed record TenantUpdated(Guid TenantId, string Slug, string Name, string NameEn, bool IsActive) : IIntegrationEvent;
