namespace Portal.BuildingBlocks.MultiTenancy;

/// <summary>What every part of the portal may know about a prefecture (a tenant).</summary>
public sealed record TenantInfo(Guid Id, string Slug, string Code, string Name, string NameEn, bool IsActive);
