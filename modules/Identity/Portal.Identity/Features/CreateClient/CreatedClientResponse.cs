namespace Portal.Identity.Features.CreateClient;

/// <summary>Answer of <c>POST /api/admin/clients</c>. <see cref="ClientSecret"/> is shown this once (confidential clients only).</summary>
internal sealed record CreatedClientResponse(
    string ClientId, string? ClientSecret, string DisplayName, string Type, string? Tenant, IReadOnlyList<string> Permissions);
