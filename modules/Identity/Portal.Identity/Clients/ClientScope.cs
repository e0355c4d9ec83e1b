using System.Collections.Immutable;
using System.Text.Json;
using OpenIddict.Abstractions;
using Portal.Identity.Contracts;

namespace Portal.Identity.Clients;

/// <summary>
/// Whom a client acts for and what it may do, as stored in its OpenIddict application's properties.
/// These properties, not the <c>clients</c> table, are what token issuance trusts.
/// </summary>
internal sealed record ClientScope(Guid? TenantId, string? TenantSlug, IReadOnlyList<string> Permissions)
{
    public const string TenantIdProperty = "portal_tenant_id";
    public const string TenantSlugProperty = "portal_tenant_slug";
    public const string PermissionsProperty = "portal_permissions";

    public static ClientScope From(ImmutableDictionary<string, JsonElement> properties)
    {
        Guid? tenantId = properties.TryGetValue(TenantIdProperty, out var id)
            && id.ValueKind == JsonValueKind.String && Guid.TryParse(id.GetString(), out var parsed)
            ? parsed
            : null;
        var slug = properties.TryGetValue(TenantSlugProperty, out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        var permissions = properties.TryGetValue(PermissionsProperty, out var p) && p.ValueKind == JsonValueKind.Array
            ? p.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)
            : [];

        // Whatever the store says, a prefecture client never carries a host-only permission.
        var allowed = Allowed(tenantId);
        return new ClientScope(tenantId, slug, [.. allowed.Where(permissions.Contains)]);
    }

    /// <summary>The permissions a client of this scope may hold, in the stable order of <see cref="Contracts.Permissions.All"/>.</summary>
    public static IReadOnlyList<string> Allowed(Guid? tenantId) => tenantId is null
        ? Contracts.Permissions.All
        : [.. Contracts.Permissions.All.Except(Contracts.Permissions.HostOnly, StringComparer.Ordinal)];

    public void WriteTo(OpenIddictApplicationDescriptor descriptor)
    {
        descriptor.Properties.Remove(TenantIdProperty);
        descriptor.Properties.Remove(TenantSlugProperty);
        if (TenantId is { } tenantId)
        {
            descriptor.Properties[TenantIdProperty] = JsonSerializer.SerializeToElement(tenantId.ToString());
            descriptor.Properties[TenantSlugProperty] = JsonSerializer.SerializeToElement(TenantSlug);
        }

        descriptor.Properties[PermissionsProperty] = JsonSerializer.SerializeToElement(Permissions);
    }
}
