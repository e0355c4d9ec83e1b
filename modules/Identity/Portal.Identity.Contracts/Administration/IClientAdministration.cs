using System.Security.Claims;

namespace Portal.Identity.Contracts.Administration;

/// <summary>
/// Machine and app (OAuth/OpenID Connect) clients of the caller's current scope, shared by
/// <c>/api/admin/clients</c> and the back-office pages. Another scope's client is <see cref="AdminStatus.NotFound"/>;
/// nobody grants a permission they do not hold, and a prefecture client never holds a host-only one.
/// </summary>
public interface IClientAdministration
{
    /// <summary>The clients of the current scope (the host's, or the prefecture the request is in), oldest first.</summary>
    Task<IReadOnlyList<ClientDetails>> ListClientsAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default);

    Task<AdminResult<ClientDetails>> GetClientAsync(ClaimsPrincipal caller, string clientId, CancellationToken cancellationToken = default);

    /// <summary>Creates a client; the answer holds its secret (confidential clients), which is never shown again.</summary>
    Task<AdminResult<CreatedClient>> CreateClientAsync(ClaimsPrincipal caller, NewClient client, CancellationToken cancellationToken = default);

    /// <summary>Deletes a client of the current scope and every token issued to it.</summary>
    Task<AdminResult<ClientDetails>> DeleteClientAsync(ClaimsPrincipal caller, string clientId, CancellationToken cancellationToken = default);

    /// <summary>The permissions the caller may give a confidential client of the current scope (or of <paramref name="tenant"/>).</summary>
    IReadOnlyList<string> AssignablePermissions(ClaimsPrincipal caller, string? tenant = null);
}

/// <summary>Client types: <c>confidential</c> (client credentials, has a secret) and <c>public</c> (code + PKCE, no secret).</summary>
public static class ClientKinds
{
    public const string Confidential = "confidential";
    public const string Public = "public";
}

/// <summary>A client as listed; never its secret.</summary>
public sealed record ClientDetails(
    string ClientId,
    string DisplayName,
    string Type,
    string? Tenant,
    IReadOnlyList<string> Permissions,
    IReadOnlyList<string> RedirectUris,
    DateTimeOffset CreatedAt,
    string CreatedBy);

/// <summary>
/// A client to create (the body of <c>POST /api/admin/clients</c>). <see cref="Permissions"/> null means "what I hold,
/// as far as the target scope allows"; a public client takes none. <see cref="Tenant"/> (slug) is for host callers.
/// <see cref="PostLogoutRedirectUris"/>: where <c>/connect/logout</c> may return a public client's user; when left
/// out, the <see cref="RedirectUris"/>.
/// </summary>
public sealed record NewClient(
    string? DisplayName,
    string? Tenant = null,
    IReadOnlyList<string>? Permissions = null,
    string? Type = null,
    IReadOnlyList<string>? RedirectUris = null,
    IReadOnlyList<string>? PostLogoutRedirectUris = null);

/// <summary>The created client. <see cref="ClientSecret"/> is shown this once (confidential clients only).</summary>
public sealed record CreatedClient(
    string ClientId, string? ClientSecret, string DisplayName, string Type, string? Tenant, IReadOnlyList<string> Permissions);
