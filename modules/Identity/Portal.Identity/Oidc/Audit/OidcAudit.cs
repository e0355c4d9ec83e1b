using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.Audit.Contracts;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Identity.Persistence;

namespace Portal.Identity.Oidc.Audit;

/// <summary>Audit actions of the OpenID Connect server (<see cref="AuditRecorded.Action"/>).</summary>
internal static class OidcAuditActions
{
    /// <summary>A token response (client credentials, authorization code or refresh token grant).</summary>
    public const string TokenIssued = "oidc.token.issued";

    /// <summary>A refused token request: bad client, replayed code, reused refresh token, refused user.</summary>
    public const string TokenRefused = "oidc.token.refused";

    /// <summary>A redeemed refresh token presented again: its authorization and every token of it are revoked.</summary>
    public const string RefreshTokenReused = "oidc.token.reuse-detected";

    public const string ConsentGranted = "oidc.consent.granted";

    public const string ConsentDenied = "oidc.consent.denied";

    /// <summary>An authorization request refused by the portal's rules (another prefecture's app, locked account).</summary>
    public const string AuthorizationRefused = "oidc.authorize.refused";

    /// <summary>The entity type named by these entries: the OAuth client.</summary>
    public const string ClientEntity = "oidc-client";
}

/// <summary>
/// Writes one <see cref="AuditRecorded"/> into the Identity module's outbox and saves it (with whatever
/// the same context has pending, such as a new authorization), so the audit module gets it at least once.
/// </summary>
internal sealed class OidcAudit(
    IdentityModuleDbContext db, ICurrentTenant currentTenant, IHttpContextAccessor http, TimeProvider clock, IServiceScopeFactory scopes)
{
    /// <summary>
    /// Records a refusal on a context of its own: whatever the request's context holds (a token store
    /// write that failed, say) is not the audit's business, and must not stop the entry being written.
    /// </summary>
    public async Task RecordAloneAsync(OidcAuditEntry entry, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OidcAudit>().RecordAsync(entry, cancellationToken);
    }

    public async Task RecordAsync(OidcAuditEntry entry, CancellationToken cancellationToken)
    {
        // The outbox row belongs to the tenant the entry is about, so its handler runs there.
        using (currentTenant.Change(entry.TenantId))
        {
            db.AddIntegrationEvent(new AuditRecorded(
                Guid.CreateVersion7(),
                clock.GetUtcNow(),
                entry.Action,
                entry.Outcome,
                entry.TenantId,
                entry.ActorId,
                entry.ActorName,
                entry.ActorKind,
                OidcAuditActions.ClientEntity,
                entry.ClientId,
                http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
                entry.Changes,
                entry.Details));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

internal sealed record OidcAuditEntry(
    string Action,
    string Outcome,
    Guid? TenantId,
    string? ActorId,
    string? ActorName,
    string ActorKind,
    string? ClientId,
    string? Details,
    IReadOnlyDictionary<string, string?>? Changes = null);
