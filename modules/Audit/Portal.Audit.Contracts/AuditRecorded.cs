using Portal.BuildingBlocks.Outbox;

namespace Portal.Audit.Contracts;

/// <summary>
/// Something worth an audit entry happened. A module adds this event to its own outbox in the same
/// transaction as the change (or alone, for a refused sign-in), so the audit log can never miss a
/// committed change nor record one that rolled back. The Audit module stores it, idempotently by
/// <see cref="EventId"/>.
/// </summary>
public sealed record AuditRecorded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Action,
    string Outcome,
    Guid? TenantId,
    string? ActorId,
    string? ActorName,
    string ActorKind,
    string? EntityType,
    string? EntityId,
    string? IpAddress,
    IReadOnlyDictionary<string, string?>? Changes,
    string? Details) : IIntegrationEvent;

/// <summary>Outcome values of <see cref="AuditRecorded.Outcome"/>.</summary>
public static class AuditOutcomes
{
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Denied = "denied";
}

/// <summary>Who acted (<see cref="AuditRecorded.ActorKind"/>).</summary>
public static class ActorKinds
{
    public const string User = "user";
    public const string Client = "client";
    public const string Anonymous = "anonymous";
    public const string System = "system";
}
