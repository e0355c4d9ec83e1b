namespace Portal.Identity.Features.CreateClient;

/// <summary>
/// Body of <c>POST /api/admin/clients</c>. Fields are nullable so that a missing one is a field error,
/// not a binding error. <see cref="Permissions"/> left out means "what I hold, as far as the target scope allows".
/// </summary>
internal sealed record CreateClientRequest(
    string? DisplayName, string? Tenant, string[]? Permissions, string? Type, string[]? RedirectUris);
