using Portal.BuildingBlocks.MultiTenancy;

namespace Portal.Identity.Domain;

/// <summary>
/// An OAuth client as the portal lists it within a scope (host or one prefecture). The OpenIddict
/// application with the same client id is what token issuance trusts; this row exists so that listing
/// and deleting go through the <c>Tenant</c> filter and a prefecture never sees another's clients.
/// </summary>
internal sealed class MachineClient : IMultiTenant
{
    public const int ClientIdMaxLength = 100;
    public const int DisplayNameMaxLength = 100;

    private MachineClient()
    {
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    public string ClientId { get; private set; } = "";

    public string DisplayName { get; private set; } = "";

    /// <summary><c>confidential</c> (client credentials) or <c>public</c> (authorization code + PKCE).</summary>
    public string Type { get; private set; } = "";

    public string[] Permissions { get; private set; } = [];

    public string[] RedirectUris { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The subject (client id or user id) of whoever created it.</summary>
    public string CreatedBy { get; private set; } = "";

    public static MachineClient Create(
        Guid? tenantId, string clientId, string displayName, string type, IEnumerable<string> permissions,
        IEnumerable<string> redirectUris, DateTimeOffset now, string createdBy) => new()
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            ClientId = clientId,
            DisplayName = displayName,
            Type = type,
            Permissions = [.. permissions],
            RedirectUris = [.. redirectUris],
            CreatedAt = now,
            CreatedBy = createdBy,
        };

    /// <summary>Brings a bootstrap client in line with configuration; returns false when nothing changed.</summary>
    public bool Update(string displayName, IReadOnlyCollection<string> permissions)
    {
        if (DisplayName == displayName && Permissions.SequenceEqual(permissions, StringComparer.Ordinal))
        {
            return false;
        }

        DisplayName = displayName;
        Permissions = [.. permissions];
        return true;
    }
}
