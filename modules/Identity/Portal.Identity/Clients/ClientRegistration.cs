using Portal.BuildingBlocks.MultiTenancy;

namespace Portal.Identity.Clients;

/// <summary>A client to create. A confidential client gets <paramref name="Secret"/> or a generated one.</summary>
internal sealed record ClientRegistration(
    string DisplayName,
    TenantInfo? Tenant,
    IReadOnlyList<string> Permissions,
    string Type,
    IReadOnlyList<Uri> RedirectUris,
    string CreatedBy,
    string? ClientId = null,
    string? Secret = null)
{
    /// <summary>Where <c>/connect/logout</c> may send a public client's user back to (none for confidential clients).</summary>
    public IReadOnlyList<Uri> PostLogoutRedirectUris { get; init; } = [];
}

/// <summary>What the creator learns once: the secret is never stored in clear and never shown again.</summary>
internal sealed record RegisteredClient(string ClientId, string? ClientSecret);
