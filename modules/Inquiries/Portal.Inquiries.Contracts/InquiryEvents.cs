using Portal.BuildingBlocks.Outbox;

namespace Portal.Inquiries.Contracts;

/// <summary>An inquiry arrived (web form) or was recorded by staff (<see cref="Source"/>, one of <see cref="InquirySources"/>).</summary>
public sealed record InquiryReceived(Guid InquiryId, string TrackingCode, string Source, DateTimeOffset ReceivedAt) : IIntegrationEvent;

/// <summary>The bureau routed an inquiry: <see cref="AddedTenantIds"/> got a case, <see cref="WithdrawnTenantIds"/> lost theirs.</summary>
public sealed record InquiryRouted(Guid InquiryId, IReadOnlyList<Guid> AddedTenantIds, IReadOnlyList<Guid> WithdrawnTenantIds) : IIntegrationEvent;

/// <summary>An inquiry (<see cref="CaseId"/> null) or one prefecture's case changed stage.</summary>
public sealed record InquiryStageChanged(Guid InquiryId, Guid? CaseId, Guid? TenantId, string FromStage, string ToStage) : IIntegrationEvent;

/// <summary>A tranche of funds in place was recorded on a prefecture's case.</summary>
public sealed record InquiryFundsReceived(Guid InquiryId, Guid CaseId, Guid TenantId, decimal AmountWan, DateOnly ReceivedOn) : IIntegrationEvent;

/// <summary>The bureau merged <see cref="DuplicateId"/> into <see cref="InquiryId"/>.</summary>
public sealed record InquiryMerged(Guid InquiryId, Guid DuplicateId) : IIntegrationEvent;

/// <summary>A deadline (<see cref="Step"/>, one of <see cref="DeadlineSteps"/>) passed unmet; its supervisor was told.</summary>
public sealed record InquiryDeadlineMissed(Guid InquiryId, Guid? CaseId, Guid? TenantId, string Step, DateTimeOffset DueAt) : IIntegrationEvent;
