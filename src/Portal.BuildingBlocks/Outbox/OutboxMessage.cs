using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.BuildingBlocks.Outbox;

/// <summary>
/// An integration event waiting in the module's own database until the dispatcher delivers it.
/// Written in the same transaction as the change it describes.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The event's CLR type name (namespace and name, without assembly).</summary>
    public string Type { get; private set; } = "";

    public string Payload { get; private set; } = "";

    /// <summary>The tenant the change was made in; the handler runs inside it.</summary>
    public Guid? TenantId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>While in the future, one dispatcher owns the message; a crashed owner's lease simply expires.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    public string? LockedBy { get; private set; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    public DateTimeOffset? DeadLetteredAt { get; private set; }

    public string? LastError { get; private set; }

    public static OutboxMessage From(IIntegrationEvent integrationEvent, Guid? tenantId, DateTimeOffset now)
    {
        var type = integrationEvent.GetType();
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Type = TypeName(type),
            Payload = JsonSerializer.Serialize(integrationEvent, type, OutboxJson.Options),
            TenantId = tenantId,
            OccurredAt = now,
            NextAttemptAt = now,
        };
    }

    public static string TypeName(Type type) => type.FullName ?? type.Name;
}

internal static class OutboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Type).HasMaxLength(300).IsRequired();
        builder.Property(m => m.Payload).IsRequired();
        builder.Property(m => m.LockedBy).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(4000);
        builder.HasIndex(m => new { m.ProcessedAt, m.DeadLetteredAt, m.NextAttemptAt });
    }
}
