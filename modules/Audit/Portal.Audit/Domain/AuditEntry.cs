using Portal.BuildingBlocks.MultiTenancy;

namespace Portal.Audit.Domain;

/// <summary>
/// One audited action. Append-only: created once from an <c>AuditRecorded</c> event and never
/// changed (no public setters, no mutating methods; the context refuses updates and deletes, and on
/// PostgreSQL a trigger does too).
/// </summary>
internal sealed class AuditEntry : IMultiTenant
{
    public const int ActionMaxLength = 100;
    public const int OutcomeMaxLength = 20;
    public const int ActorIdMaxLength = 200;
    public const int ActorNameMaxLength = 256;
    public const int ActorKindMaxLength = 20;
    public const int EntityTypeMaxLength = 100;
    public const int EntityIdMaxLength = 200;
    public const int IpAddressMaxLength = 64;
    public const int DetailsMaxLength = 4000;

    private AuditEntry()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The event's id: a redelivered event finds its entry and adds nothing.</summary>
    public Guid EventId { get; private set; }

    /// <summary>The prefecture the action happened in; null for the host (the bureau).</summary>
    public Guid? TenantId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string Action { get; private set; } = "";

    public string Outcome { get; private set; } = "";

    public string? ActorId { get; private set; }

    public string? ActorName { get; private set; }

    public string ActorKind { get; private set; } = "";

    public string? EntityType { get; private set; }

    public string? EntityId { get; private set; }

    public string? IpAddress { get; private set; }

    /// <summary>JSON array of <c>{ field, old, new }</c>; null when nothing changed.</summary>
    public string? Changes { get; private set; }

    public string? Details { get; private set; }

    public static AuditEntry Record(
        Guid eventId,
        Guid? tenantId,
        DateTimeOffset occurredAt,
        DateTimeOffset recordedAt,
        string action,
        string outcome,
        string? actorId,
        string? actorName,
        string actorKind,
        string? entityType,
        string? entityId,
        string? ipAddress,
        string? changes,
        string? details) => new()
        {
            Id = Guid.CreateVersion7(),
            EventId = eventId,
            TenantId = tenantId,
            OccurredAt = occurredAt.ToUniversalTime(),
            RecordedAt = recordedAt.ToUniversalTime(),

            // Cut rather than refuse: an over-long value must not keep an audit event failing forever.
            Action = Cut(action, ActionMaxLength)!,
            Outcome = Cut(outcome, OutcomeMaxLength)!,
            ActorId = Cut(actorId, ActorIdMaxLength),
            ActorName = Cut(actorName, ActorNameMaxLength),
            ActorKind = Cut(actorKind, ActorKindMaxLength)!,
            EntityType = Cut(entityType, EntityTypeMaxLength),
            EntityId = Cut(entityId, EntityIdMaxLength),
            IpAddress = Cut(ipAddress, IpAddressMaxLength),
            Changes = changes,
            Details = Cut(details, DetailsMaxLength),
        };

    private static string? Cut(string? value, int maxLength) =>
        value is null || value.Length <= maxLength ? value : value[..maxLength];
}
