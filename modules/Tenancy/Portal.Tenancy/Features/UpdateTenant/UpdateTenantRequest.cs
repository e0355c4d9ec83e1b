namespace Portal.Tenancy.Features.UpdateTenant;

/// <summary>Body of <c>PUT /api/admin/tenants/{slug}</c>: rename, disable or enable. Slug and code never change.</summary>
internal sealed record UpdateTenantRequest(string? Name, string? NameEn, bool? IsActive);
