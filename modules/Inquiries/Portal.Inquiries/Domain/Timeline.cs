using System.Text.Json;
using Portal.BuildingBlocks.MultiTenancy;

namespace Portal.Inquiries.Domain;

/// <summary>Who did something, as the timeline shows it; null name for the enterprise or the system.</summary>
internal sealed record Actor(string? Id, string? Name, bool IsHost)
{
    public static Actor System { get; } = new(null, null, true);
}

/// <summary>One line of a timeline, with its details as a small string map stored as JSON.</summary>
internal abstract class TimelineEntryBase
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid InquiryId { get; init; }

    public DateTimeOffset At { get; init; }

    public string Kind { get; init; } = "";

    public string? ActorId { get; init; }

    public string? ActorName { get; init; }

    public string? Stage { get; init; }

    public string? Text { get; init; }

    public bool Public { get; init; }

    public string DataJson { get; init; } = "{}";

    public IReadOnlyDictionary<string, string> Data() =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(DataJson) ?? [];

    protected static string ToJson(IReadOnlyDictionary<string, string>? data) =>
        JsonSerializer.Serialize(data ?? new Dictionary<string, string>());
}

/// <summary>The bureau's timeline of an inquiry (host-owned: intake, triage, routing, owner, merges, bureau notes).</summary>
internal sealed class InquiryTimelineEntry : TimelineEntryBase
{
    public static InquiryTimelineEntry Of(
        Guid inquiryId, DateTimeOffset at, string kind, Actor actor, string? stage = null, string? text = null,
        bool isPublic = false, IReadOnlyDictionary<string, string>? data = null) => new()
        {
            InquiryId = inquiryId, At = at, Kind = kind, ActorId = actor.Id, ActorName = actor.Name,
            Stage = stage, Text = text, Public = isPublic, DataJson = ToJson(data),
        };
}

/// <summary>A prefecture's timeline of its case: tenant-owned, never shown to another prefecture.</summary>
internal sealed class CaseTimelineEntry : TimelineEntryBase, IMultiTenant
{
    public Guid CaseId { get; init; }

    public Guid? TenantId { get; init; }

    public static CaseTimelineEntry Of(
        InquiryCase inquiryCase, DateTimeOffset at, string kind, Actor actor, string? stage = null, string? text = null,
        bool isPublic = false, IReadOnlyDictionary<string, string>? data = null) => new()
        {
            InquiryId = inquiryCase.InquiryId, CaseId = inquiryCase.Id, TenantId = inquiryCase.TenantId, At = at, Kind = kind,
            ActorId = actor.Id, ActorName = actor.Name, Stage = stage, Text = text, Public = isPublic, DataJson = ToJson(data),
        };
}

/// <summary>A user's saved inbox view: a name and the inbox's query string.</summary>
internal sealed class SavedView
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The user id (or machine client id) that saved it.</summary>
    public string OwnerKey { get; init; } = "";

    public string Name { get; set; } = "";

    public string Query { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A tranche of funds in place of a signed case.</summary>
internal sealed class FundsTranche : IMultiTenant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CaseId { get; init; }

    public Guid InquiryId { get; init; }

    public Guid? TenantId { get; init; }

    public decimal AmountWan { get; init; }

    public DateOnly ReceivedOn { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public string? RecordedBy { get; init; }
}
