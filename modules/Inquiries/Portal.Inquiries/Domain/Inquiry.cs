using Portal.Inquiries.Contracts;
using Portal.Inquiries.Domain.Rules;

namespace Portal.Inquiries.Domain;

/// <summary>What the enterprise told us, already validated and normalized.</summary>
internal sealed record InquiryContent(
    string EnterpriseName,
    string? CreditCode,
    string? Province,
    string ContactName,
    string? Mobile,
    string? Email,
    string Chain,
    decimal InvestmentWan,
    decimal? LandMu,
    decimal? PowerKw,
    IReadOnlyList<string> Prefectures,
    IReadOnlyList<Guid> Parks,
    string Message);

/// <summary>
/// The bureau's lead (host-owned, deliberately not tenant-owned): the enterprise, the bureau's owner, the
/// stage before routing, the routing deadline and the overall stage derived from the prefectures' cases.
/// Each routed prefecture works its own <see cref="InquiryCase"/>.
/// </summary>
internal sealed class Inquiry
{
    private Inquiry()
    {
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public string TrackingCode { get; private init; } = "";

    public string Source { get; private init; } = InquirySources.WebForm;

    public DateTimeOffset ReceivedAt { get; private init; }

    public string EnterpriseName { get; private set; } = "";

    public string? CreditCode { get; private set; }

    public string? Province { get; private set; }

    public string ContactName { get; private set; } = "";

    public string? Mobile { get; private set; }

    public string? Email { get; private set; }

    /// <summary>The email in lower case, for case-insensitive tracking and duplicate checks.</summary>
    public string? EmailKey { get; private set; }

    public string Chain { get; private set; } = "";

    public decimal InvestmentWan { get; private set; }

    public decimal? LandMu { get; private set; }

    public decimal? PowerKw { get; private set; }

    public List<string> PreferredPrefectures { get; private set; } = [];

    public List<Guid> PreferredParks { get; private set; } = [];

    public string Message { get; private set; } = "";

    /// <summary>The overall stage: the inquiry's own before routing, then derived from its cases.</summary>
    public string Stage { get; private set; } = InquiryStages.Received;

    public string? CloseReason { get; private set; }

    /// <summary>The stage an inquiry was closed at, to reopen it there.</summary>
    public string? StageBeforeClose { get; private set; }

    public Guid? OwnerId { get; private set; }

    public string? OwnerName { get; private set; }

    public bool Waiting { get; private set; }

    public string? WaitingReason { get; private set; }

    public DateTimeOffset? WaitingSince { get; private set; }

    /// <summary>Working time spent waiting for the enterprise, in ticks, before the current wait.</summary>
    public long PausedTicks { get; private set; }

    public DateTimeOffset AcknowledgeDueAt { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public DateTimeOffset? RouteDueAt { get; private set; }

    public DateTimeOffset? RoutedAt { get; private set; }

    public DateTimeOffset? RouteEscalatedAt { get; private set; }

    /// <summary>The earliest open deadline of the inquiry or any of its cases (null: none running), for the inbox filters.</summary>
    public DateTimeOffset? NextDueAt { get; private set; }

    /// <summary>An earlier inquiry from the same credit code or contact, flagged at intake.</summary>
    public Guid? PossibleDuplicateOfId { get; private set; }

    public Guid? MergedIntoId { get; private set; }

    public string? IdempotencyKey { get; private init; }

    public string? RequestHash { get; private init; }

    public int Version { get; private set; }

    public static Inquiry Receive(
        InquiryContent content, string source, DateTimeOffset receivedAt, DeadlineClock clock, string? idempotencyKey, string? requestHash)
    {
        var inquiry = new Inquiry
        {
            TrackingCode = Domain.TrackingCode.New(),
            Source = source,
            ReceivedAt = receivedAt,
            IdempotencyKey = idempotencyKey,
            RequestHash = requestHash,
        };
        inquiry.Apply(content);
        inquiry.AcknowledgeDueAt = clock.Calendar.AddWorkingDays(receivedAt, clock.Options.Acknowledge).ToUniversalTime();
        inquiry.RouteDueAt = clock.DueAt(receivedAt, clock.Options.Route, TimeSpan.Zero);
        inquiry.NextDueAt = inquiry.RouteDueAt;
        return inquiry;
    }

    private void Apply(InquiryContent content)
    {
        EnterpriseName = content.EnterpriseName;
        CreditCode = content.CreditCode;
        Province = content.Province;
        ContactName = content.ContactName;
        Mobile = content.Mobile;
        Email = content.Email;
        EmailKey = content.Email?.ToLowerInvariant();
        Chain = content.Chain;
        InvestmentWan = content.InvestmentWan;
        LandMu = content.LandMu;
        PowerKw = content.PowerKw;
        PreferredPrefectures = [.. content.Prefectures];
        PreferredParks = [.. content.Parks];
        Message = content.Message;
    }

    /// <summary>The acknowledgement mail was queued in the same transaction as the inquiry.</summary>
    public void MarkAcknowledged(DateTimeOffset at) => AcknowledgedAt = at;

    public void FlagPossibleDuplicate(Guid earlierId) => PossibleDuplicateOfId = earlierId;

    public void AssignOwner(Guid? ownerId, string? ownerName)
    {
        BusinessRules.Enforce(new MergedInquiryIsReadOnly(MergedIntoId));
        OwnerId = ownerId;
        OwnerName = ownerId is null ? null : ownerName;
        Touch();
    }

    /// <summary>The bureau's own stage changes before routing: triaged, or closed with a reason.</summary>
    public void ChangeOwnStage(string target, string? reason, bool byHost)
    {
        BusinessRules.Enforce(new MergedInquiryIsReadOnly(MergedIntoId));
        if (Stage == InquiryStages.Closed)
        {
            // Reopening is the bureau's decision, back to where it was closed.
            BusinessRules.Enforce(byHost && target == StageBeforeClose ? Array.Empty<IBusinessRule>() : [new ClosedIsFinal(Stage)]);
            Stage = target;
            CloseReason = null;
            StageBeforeClose = null;
            Touch();
            return;
        }

        BusinessRules.Enforce(new StageMustBeReachable(target, Stage == InquiryStages.Received
            ? [InquiryStages.Triaged, InquiryStages.Closed]
            : [InquiryStages.Closed]));
        if (target == InquiryStages.Closed)
        {
            StageBeforeClose = Stage;
            CloseReason = reason;
        }

        Stage = target;
        Touch();
    }

    /// <summary>Routing happened (first time or again): the routing deadline is met.</summary>
    public void MarkRouted(DateTimeOffset at)
    {
        BusinessRules.Enforce(new MergedInquiryIsReadOnly(MergedIntoId));
        RoutedAt ??= at;
        Touch();
    }

    public void MarkRouteEscalated(DateTimeOffset at)
    {
        RouteEscalatedAt = at;
        Touch();
    }

    /// <summary>The overall stage from the cases' stages: the furthest open case, or closed when every case is.</summary>
    public void DeriveStage(IReadOnlyCollection<string> caseStages)
    {
        if (caseStages.Count == 0)
        {
            return;
        }

        var open = caseStages.Where(stage => stage != InquiryStages.Closed).ToList();
        var derived = open.Count == 0 ? InquiryStages.Closed : open.MaxBy(StageOrder.Of)!;
        if (derived != Stage)
        {
            Stage = derived;
            CloseReason = derived == InquiryStages.Closed ? CloseReason : null;
            Touch();
        }
    }

    public void StartWaiting(string reason, DateTimeOffset now)
    {
        BusinessRules.Enforce(new MergedInquiryIsReadOnly(MergedIntoId));
        Waiting = true;
        WaitingReason = reason;
        WaitingSince = now;
        Touch();
    }

    public void StopWaiting(DeadlineClock clock)
    {
        if (WaitingSince is { } since)
        {
            PausedTicks += clock.WaitedSince(since).Ticks;
        }

        Waiting = false;
        WaitingReason = null;
        WaitingSince = null;
        if (RoutedAt is null)
        {
            RouteDueAt = clock.DueAt(ReceivedAt, clock.Options.Route, TimeSpan.FromTicks(PausedTicks));
        }

        Touch();
    }

    /// <summary>The routing deadline runs until routing (or closing) and stops while waiting.</summary>
    public DateTimeOffset? OwnOpenDeadline =>
        RoutedAt is null && !Waiting && Stage is not InquiryStages.Closed && MergedIntoId is null ? RouteDueAt : null;

    /// <summary>The earliest of the inquiry's own open deadline and its cases' ones.</summary>
    public void UpdateNextDueAt(IEnumerable<DateTimeOffset?> caseDeadlines) =>
        NextDueAt = caseDeadlines.Append(OwnOpenDeadline).Where(due => due is not null).Min();

    public void MergeInto(Guid survivorId)
    {
        BusinessRules.Enforce(new MergedInquiryIsReadOnly(MergedIntoId));
        MergedIntoId = survivorId;
        if (Stage != InquiryStages.Closed)
        {
            StageBeforeClose = Stage;
        }

        Stage = InquiryStages.Closed;
        CloseReason = CloseReasons.Duplicate;
        NextDueAt = null;
        Touch();
    }

    private void Touch() => Version++;
}
