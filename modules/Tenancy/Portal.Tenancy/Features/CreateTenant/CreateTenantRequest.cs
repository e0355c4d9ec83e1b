namespace Portal.Tenancy.Features.CreateTenant;

/// <summary>Body of <c>POST /api/admin/tenants</c>. Fields are nullable so that a missing one is a field error, not a binding error.</summary>
internal sealed record CreateTenantRequest(string? Slug, string? Code, string? Name, string? NameEn, string? AdminEmail);
