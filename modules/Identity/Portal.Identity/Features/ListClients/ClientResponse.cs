using Portal.Identity.Domain;

namespace Portal.Identity.Features.ListClients;

/// <summary>A client as <c>GET /api/admin/clients</c> lists it; never its secret.</summary>
internal sealed record ClientResponse(
    string ClientId,
    string DisplayName,
    string Type,
    string? Tenant,
    IReadOnlyList<string> Permissions,
    IReadOnlyList<string> RedirectUris,
    DateTimeOffset CreatedAt,
    string CreatedBy)
{
    public static ClientResponse From(MachineClient client, string? tenantSlug) => new(
        client.ClientId, client.DisplayName, client.Type, tenantSlug, client.Permissions, client.RedirectUris, client.CreatedAt, client.CreatedBy);
}
