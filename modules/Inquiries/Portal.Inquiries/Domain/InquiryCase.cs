using Portal.BuildingBlocks.MultiTenancy;
using Portal.Inquiries.Contracts;
using Portal.Inquiries.Domain.Rules;

namespace Portal.Inquiries.Domain;

/// <summary>The signing of an agreement, validated.</summary>
internal sealed record Signing(DateOnly SignedOn, decimal AgreementAmountWan, string Sector, bool Industrial, string InvestorProvince);

/// <summary>
/// One prefecture's work on an inquiry (tenant-owned): its own stage from <c>routed</c> on, signing, landing,
/// funds in place and deadlines (first contact, then feedback), paused while waiting for the enterprise.
/// Like a referral: the bureau keeps the inquiry, the prefecture works the case.
/// </summary>
internal sealed class InquiryCase : IMultiTenant
{
    private InquiryCase()
    {
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public Guid InquiryId { get; private init; }

    public Guid? TenantId { get; private init; }

    public string PrefectureSlug { get; private init; } = "";

    public string Stage { get; private set; } = InquiryStages.Routed;

    public string? CloseReason { get; private set; }

    public string? StageBeforeClose { get; private set; }

    public DateTimeOffset RoutedAt { get; private set; }

    public bool Waiting { get; private set; }

    public string? WaitingReason { get; private set; }

    public DateTimeOffset? WaitingSince { get; private set; }

    public long PausedTicks { get; private set; }

    /// <summary><see cref="PausedTicks"/> when the current routing started (a reopened case keeps its history).</summary>
    public long ContactPauseBaselineTicks { get; private set; }

    public DateTimeOffset? ContactDueAt { get; private set; }

    public DateTimeOffset? ContactedAt { get; private set; }

    public DateTimeOffset? ContactEscalatedAt { get; private set; }

    public long FeedbackPauseBaselineTicks { get; private set; }

    public DateTimeOffset? FeedbackDueAt { get; private set; }

    public DateTimeOffset? FeedbackAt { get; private set; }

    public DateTimeOffset? FeedbackEscalatedAt { get; private set; }

    /// <summary>The earliest open deadline of this case (null while waiting or when none runs).</summary>
    public DateTimeOffset? NextDueAt { get; private set; }

    public DateOnly? SignedOn { get; private set; }

    public decimal? AgreementAmountWan { get; private set; }

    public string? Sector { get; private set; }

    public bool? Industrial { get; private set; }

    public string? InvestorProvince { get; private set; }

    public DateOnly? LandedOn { get; private set; }

    public decimal FundsTotalWan { get; private set; }

    public int Version { get; private set; }

    public Signing? Signing => SignedOn is { } on
        ? new Signing(on, AgreementAmountWan!.Value, Sector!, Industrial!.Value, InvestorProvince!)
        : null;

    public static InquiryCase Open(Guid inquiryId, Guid tenantId, string slug, DeadlineClock clock)
    {
        var inquiryCase = new InquiryCase { InquiryId = inquiryId, TenantId = tenantId, PrefectureSlug = slug };
        inquiryCase.StartRouting(clock);
        return inquiryCase;
    }

    private void StartRouting(DeadlineClock clock)
    {
        Stage = InquiryStages.Routed;
        RoutedAt = clock.Now;
        ContactPauseBaselineTicks = PausedTicks;
        ContactDueAt = clock.DueAt(RoutedAt, clock.Options.FirstContact, TimeSpan.Zero);
        ContactedAt = null;
        ContactEscalatedAt = null;
        FeedbackDueAt = null;
        FeedbackAt = null;
        FeedbackEscalatedAt = null;
        Recompute();
    }

    /// <summary>Routed again after the bureau withdrew it: a fresh start with fresh deadlines.</summary>
    public void Reroute(DeadlineClock clock)
    {
        CloseReason = null;
        StageBeforeClose = null;
        Waiting = false;
        WaitingReason = null;
        WaitingSince = null;
        StartRouting(clock);
        Version++;
    }

    /// <summary>Moves forward (never back); <c>landed</c> only from <c>signed</c>; <c>closed</c> with a reason; reopening is the bureau's.</summary>
    public void ChangeStage(string target, Signing? signing, DateOnly? landedOn, string? closeReason, bool byHost, DeadlineClock clock)
    {
        if (Stage == InquiryStages.Closed)
        {
            BusinessRules.Enforce(byHost && target == StageBeforeClose ? Array.Empty<IBusinessRule>() : [new ClosedIsFinal(Stage)]);
            Stage = target;
            CloseReason = null;
            StageBeforeClose = null;
            Recompute();
            Version++;
            return;
        }

        switch (target)
        {
            case InquiryStages.Closed:
                BusinessRules.Enforce(new LandedCannotBeClosed(Stage));
                StageBeforeClose = Stage;
                CloseReason = closeReason;
                break;
            case InquiryStages.Landed:
                BusinessRules.Enforce(new LandingRequiresSigning(Stage));
                LandedOn = landedOn;
                break;
            default:
                BusinessRules.Enforce(
                    new StageMustBeReachable(target, [InquiryStages.Contacted, InquiryStages.Visited, InquiryStages.Signed]),
                    new StageCannotGoBack(Stage, target));
                if (target == InquiryStages.Signed)
                {
                    SignedOn = signing!.SignedOn;
                    AgreementAmountWan = signing.AgreementAmountWan;
                    Sector = signing.Sector;
                    Industrial = signing.Industrial;
                    InvestorProvince = signing.InvestorProvince;
                }

                break;
        }

        var wasContacted = ContactedAt is not null;
        Stage = target;
        if (!wasContacted && target != InquiryStages.Closed)
        {
            // Any step beyond routing means the prefecture reached the enterprise.
            ContactedAt = clock.Now;
            FeedbackPauseBaselineTicks = PausedTicks;
            FeedbackDueAt = clock.DueAt(clock.Now, clock.Options.Feedback, TimeSpan.Zero);
        }
        else if (wasContacted)
        {
            MarkFeedback(clock.Now);
        }

        Recompute();
        Version++;
    }

    /// <summary>The prefecture reported back (a note, a reply or a further stage) after first contact.</summary>
    public void MarkFeedback(DateTimeOffset at)
    {
        if (ContactedAt is not null && FeedbackAt is null)
        {
            FeedbackAt = at;
            Recompute();
            Version++;
        }
    }

    public FundsTranche AddFunds(decimal amountWan, DateOnly receivedOn, DateTimeOffset now, string? recordedBy)
    {
        BusinessRules.Enforce(new FundsRequireSigning(Stage));
        FundsTotalWan += amountWan;
        Version++;
        return new FundsTranche
        {
            CaseId = Id, InquiryId = InquiryId, TenantId = TenantId, AmountWan = amountWan, ReceivedOn = receivedOn,
            RecordedAt = now, RecordedBy = recordedBy,
        };
    }

    /// <summary>The bureau re-routed the inquiry elsewhere.</summary>
    public void Withdraw()
    {
        BusinessRules.Enforce(new SignedCaseCannotBeWithdrawn(Stage, PrefectureSlug));
        if (Stage != InquiryStages.Closed)
        {
            StageBeforeClose = Stage;
            Stage = InquiryStages.Closed;
            CloseReason = CloseReasons.Rerouted;
        }

        Recompute();
        Version++;
    }

    public void StartWaiting(string reason, DateTimeOffset now)
    {
        BusinessRules.Enforce(new ClosedIsFinal(Stage));
        Waiting = true;
        WaitingReason = reason;
        WaitingSince = now;
        Recompute();
        Version++;
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
        if (ContactedAt is null)
        {
            ContactDueAt = clock.DueAt(RoutedAt, clock.Options.FirstContact, TimeSpan.FromTicks(PausedTicks - ContactPauseBaselineTicks));
        }
        else if (FeedbackAt is null)
        {
            FeedbackDueAt = clock.DueAt(ContactedAt.Value, clock.Options.Feedback, TimeSpan.FromTicks(PausedTicks - FeedbackPauseBaselineTicks));
        }

        Recompute();
        Version++;
    }

    public void MarkEscalated(string step, DateTimeOffset at)
    {
        if (step == DeadlineSteps.FirstContact)
        {
            ContactEscalatedAt = at;
        }
        else
        {
            FeedbackEscalatedAt = at;
        }

        Version++;
    }

    /// <summary>The deadline that runs now, if any: first contact until contact, then feedback until reported.</summary>
    public (string Step, DateTimeOffset DueAt)? OpenDeadline =>
        Stage == InquiryStages.Closed ? null
        : ContactedAt is null ? (DeadlineSteps.FirstContact, ContactDueAt!.Value)
        : FeedbackAt is null && FeedbackDueAt is { } feedback ? (DeadlineSteps.Feedback, feedback)
        : null;

    private void Recompute() => NextDueAt = Waiting ? null : OpenDeadline?.DueAt;
}
