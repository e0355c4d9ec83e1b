using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.MultiTenancy;

namespace Portal.Audit.Contracts;

/// <summary>
/// Builds <see cref="AuditRecorded"/> events. In an endpoint:
/// <code>
/// db.AddIntegrationEvent(AuditRecordedFactory.FromHttp(http, "park.published", "park", park.Id.ToString(),
///     new AuditChanges().Change("status", "draft", "published")));
/// await db.SaveChangesAsync(ct);
/// </code>
/// The actor is the caller (<see cref="AuditActor.FromHttp"/>), the tenant the request's current tenant,
/// the time the registered <see cref="TimeProvider"/>'s.
/// </summary>
public static class AuditRecordedFactory
{
    /// <summary>An event for the current request: its caller, its tenant, now.</summary>
    public static AuditRecorded FromHttp(
        HttpContext http,
        string action,
        string? entityType = null,
        string? entityId = null,
        AuditChanges? changes = null,
        string outcome = AuditOutcomes.Succeeded,
        string? details = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        var services = http.RequestServices;
        var tenantId = services?.GetService<ICurrentTenant>()?.Id;
        var now = (services?.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        return Create(AuditActor.FromHttp(http), tenantId, now, action, entityType, entityId, changes, outcome, details);
    }

    /// <summary>An event with everything given explicitly (background work, sign-in before the principal exists).</summary>
    public static AuditRecorded Create(
        AuditActor actor,
        Guid? tenantId,
        DateTimeOffset occurredAt,
        string action,
        string? entityType = null,
        string? entityId = null,
        AuditChanges? changes = null,
        string outcome = AuditOutcomes.Succeeded,
        string? details = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        return new AuditRecorded(
            Guid.CreateVersion7(),
            occurredAt.ToUniversalTime(),
            action,
            outcome,
            tenantId,
            actor.Id,
            actor.Name,
            actor.Kind,
            entityType,
            entityId,
            actor.IpAddress,
            changes is { HasChanges: true } ? changes.ToDictionary() : null,
            details);
    }
}
