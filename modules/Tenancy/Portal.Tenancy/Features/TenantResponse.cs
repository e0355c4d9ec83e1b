using Portal.Tenancy.Domain;

namespace Portal.Tenancy.Features;

/// <summary>A prefecture as the host's admin API shows it.</summary>
internal sealed record TenantResponse(
    Guid Id, string Slug, string Code, string Name, string NameEn, bool IsActive, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static TenantResponse From(Tenant tenant) => new(
        tenant.Id, tenant.Slug, tenant.Code, tenant.Name, tenant.NameEn, tenant.IsActive, tenant.CreatedAt, tenant.UpdatedAt);
}
