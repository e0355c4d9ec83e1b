using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Persistence;
using Portal.Inquiries.Contracts;
using Portal.Inquiries.Domain;
using Portal.Inquiries.Persistence;

namespace Portal.Inquiries.Features.Desk;

/// <summary>
/// Turns inquiries and cases into the desk's DTOs for one caller: the bureau sees every case and the whole
/// timeline (read across prefectures through <see cref="CrossTenantReader"/>), a prefecture its own case and
/// the bureau's entries that name no other prefecture.
/// </summary>
internal sealed class InquiryReadModel(InquiriesDbContext db, CrossTenantReader crossTenant, ITenantStore tenants, DuplicateFinder duplicates)
{
    /// <summary>Bureau entries a prefecture may read: they say nothing about other prefectures.</summary>
    private static readonly string[] SharedKinds =
        [TimelineKinds.Received, TimelineKinds.Recorded, TimelineKinds.Acknowledged, TimelineKinds.Reply, TimelineKinds.Note];

    /// <summary>The cases of these inquiries the caller may see, untracked.</summary>
    public async Task<List<InquiryCase>> VisibleCasesAsync(DeskCaller caller, IReadOnlyCollection<Guid> inquiryIds, CancellationToken cancellationToken)
    {
        var cases = caller.IsHost
            ? crossTenant.AcrossTenants(db.Cases.AsNoTracking(), "the bureau's view of the cases of its inquiries")
            : db.Cases.AsNoTracking();
        return await cases.Where(c => inquiryIds.Contains(c.InquiryId)).OrderBy(c => c.RoutedAt).ToListAsync(cancellationToken);
    }

    public async Task<InquiryPrefectureDto> PrefectureAsync(InquiryCase inquiryCase, CancellationToken cancellationToken) =>
        await tenants.FindByIdAsync(inquiryCase.TenantId!.Value, cancellationToken) is { } tenant
            ? new InquiryPrefectureDto(tenant.Slug, tenant.Code, tenant.Name, tenant.NameEn)
            : new InquiryPrefectureDto(inquiryCase.PrefectureSlug, "", inquiryCase.PrefectureSlug, inquiryCase.PrefectureSlug);

    public async Task<InquirySummaryDto> SummaryAsync(
        DeskCaller caller, Inquiry inquiry, IReadOnlyList<InquiryCase> cases, DeadlineClock clock, CancellationToken cancellationToken)
    {
        var caseDtos = new List<CaseSummaryDto>();
        foreach (var c in cases)
        {
            caseDtos.Add(new CaseSummaryDto(c.Id, await PrefectureAsync(c, cancellationToken), c.Stage, c.Waiting));
        }

        var deadlines = caller.IsHost ? InquiryDeadlines(inquiry, clock) : [];
        foreach (var c in cases)
        {
            deadlines.AddRange(CaseDeadlines(c, clock));
        }

        var next = deadlines.Where(d => d.MetAt is null && !d.Paused && d.Step != DeadlineSteps.Acknowledge).MinBy(d => d.DueAt);
        var ownCase = caller.IsHost || cases.Count == 0 ? null : cases[0];
        return new InquirySummaryDto(
            inquiry.Id, inquiry.TrackingCode, inquiry.EnterpriseName, inquiry.Province, inquiry.Chain, inquiry.InvestmentWan,
            ownCase?.Stage ?? inquiry.Stage, inquiry.Source, Owner(inquiry), caseDtos, inquiry.ReceivedAt, next,
            next?.Overdue ?? false, next?.DueSoon ?? false, ownCase?.Waiting ?? (inquiry.Waiting || cases.Any(c => c.Waiting)),
            inquiry.PossibleDuplicateOfId is not null);
    }

    public async Task<InquiryDetailDto> DetailAsync(DeskCaller caller, Inquiry inquiry, DeadlineClock clock, CancellationToken cancellationToken)
    {
        var cases = await VisibleCasesAsync(caller, [inquiry.Id], cancellationToken);
        var caseIds = cases.Select(c => c.Id).ToList();
        var funds = await (caller.IsHost ? crossTenant.AcrossTenants(db.Funds.AsNoTracking(), "the bureau's view of funds in place") : db.Funds.AsNoTracking())
            .Where(f => caseIds.Contains(f.CaseId))
            .OrderBy(f => f.ReceivedOn).ThenBy(f => f.RecordedAt)
            .ToListAsync(cancellationToken);

        var caseDtos = new List<CaseDto>();
        var slugs = new Dictionary<Guid, string>();
        foreach (var c in cases)
        {
            var prefecture = await PrefectureAsync(c, cancellationToken);
            slugs[c.Id] = prefecture.Slug;
            var own = funds.Where(f => f.CaseId == c.Id).Select(f => new FundsTrancheDto(f.Id, f.AmountWan, f.ReceivedOn, f.RecordedAt)).ToList();
            caseDtos.Add(new CaseDto(c.Id, prefecture, c.Stage, c.CloseReason, c.Waiting, c.WaitingReason,
                c.Signing is { } s ? new SigningDto(s.SignedOn, s.AgreementAmountWan, s.Sector, s.Industrial, s.InvestorProvince) : null,
                c.LandedOn, own, c.FundsTotalWan, CaseDeadlines(c, clock), c.RoutedAt));
        }

        // The bureau also sees the timelines of inquiries merged into this one.
        var inquiryIds = caller.IsHost
            ? await db.Inquiries.AsNoTracking().Where(i => i.Id == inquiry.Id || i.MergedIntoId == inquiry.Id).Select(i => i.Id).ToListAsync(cancellationToken)
            : [inquiry.Id];
        var bureauEntries = db.InquiryTimeline.AsNoTracking().Where(e => inquiryIds.Contains(e.InquiryId));
        if (!caller.IsHost)
        {
            bureauEntries = bureauEntries.Where(e => SharedKinds.Contains(e.Kind));
        }

        var timeline = (await bureauEntries.ToListAsync(cancellationToken))
            .Select(e => Entry(e, null))
            .Concat((await (caller.IsHost ? crossTenant.AcrossTenants(db.CaseTimeline.AsNoTracking(), "the bureau's view of case timelines") : db.CaseTimeline.AsNoTracking())
                    .Where(e => caseIds.Contains(e.CaseId))
                    .ToListAsync(cancellationToken))
                .Select(e => Entry(e, slugs.GetValueOrDefault(e.CaseId))))
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .ToList();

        var deadlines = caller.IsHost ? InquiryDeadlines(inquiry, clock) : [];
        return new InquiryDetailDto(
            inquiry.Id, inquiry.TrackingCode, inquiry.Source, caller.IsHost ? inquiry.Stage : cases.FirstOrDefault()?.Stage ?? inquiry.Stage,
            caller.IsHost ? inquiry.CloseReason : cases.FirstOrDefault()?.CloseReason,
            new EnterpriseDto(inquiry.EnterpriseName, inquiry.CreditCode, inquiry.Province),
            new InquiryContactDto(inquiry.ContactName, inquiry.Mobile, inquiry.Email),
            inquiry.Chain, inquiry.InvestmentWan, inquiry.LandMu, inquiry.PowerKw,
            // A prefecture learns no other prefecture's name, not even from the enterprise's preferences.
            caller.IsHost ? inquiry.PreferredPrefectures : [.. inquiry.PreferredPrefectures.Where(slug => slug == cases.FirstOrDefault()?.PrefectureSlug)],
            inquiry.PreferredParks, inquiry.Message, inquiry.ReceivedAt, Owner(inquiry),
            inquiry.Waiting, inquiry.WaitingReason, deadlines, caseDtos, timeline,
            caller.IsHost ? await duplicates.FindAsync(inquiry, cancellationToken) : [],
            inquiry.MergedIntoId);
    }

    private static OwnerDto? Owner(Inquiry inquiry) =>
        inquiry.OwnerId is { } id ? new OwnerDto(id, inquiry.OwnerName ?? "", null) : null;

    private static TimelineEntryDto Entry(TimelineEntryBase e, string? slug) =>
        new(e.Id, e.At, e.Kind, e.ActorName, slug, e.Stage, e.Text, e.Public, e.Data());

    /// <summary>The bureau's own steps: acknowledge, and route (paused while waiting for the enterprise).</summary>
    public static List<DeadlineDto> InquiryDeadlines(Inquiry inquiry, DeadlineClock clock)
    {
        var list = new List<DeadlineDto>
        {
            Deadline(DeadlineSteps.Acknowledge, null, inquiry.AcknowledgeDueAt, inquiry.AcknowledgedAt ?? (inquiry.Email is null ? inquiry.ReceivedAt : null), paused: false, clock),
        };
        if (inquiry.RouteDueAt is { } due)
        {
            var closedUnrouted = inquiry.RoutedAt is null && (inquiry.Stage == InquiryStages.Closed || inquiry.MergedIntoId is not null);
            var paused = inquiry.Waiting && inquiry.RoutedAt is null;
            var dueAt = paused ? clock.DueAt(inquiry.ReceivedAt, clock.Options.Route, TimeSpan.FromTicks(inquiry.PausedTicks) + clock.WaitedSince(inquiry.WaitingSince!.Value)) : due;
            list.Add(closedUnrouted
                ? new DeadlineDto(DeadlineSteps.Route, null, dueAt, false, false, false, null)
                : Deadline(DeadlineSteps.Route, null, dueAt, inquiry.RoutedAt, paused, clock));
        }

        return list;
    }

    /// <summary>A case's steps: first contact, then feedback after contact (paused while waiting).</summary>
    public static List<DeadlineDto> CaseDeadlines(InquiryCase c, DeadlineClock clock)
    {
        var list = new List<DeadlineDto>();
        if (c.CloseReason == CloseReasons.Rerouted)
        {
            return list;
        }

        var closed = c.Stage == InquiryStages.Closed;
        var waited = c.Waiting && c.WaitingSince is { } since ? clock.WaitedSince(since) : TimeSpan.Zero;
        if (c.ContactDueAt is { } contactDue)
        {
            var paused = c.Waiting && c.ContactedAt is null;
            var dueAt = paused ? clock.DueAt(c.RoutedAt, clock.Options.FirstContact, TimeSpan.FromTicks(c.PausedTicks - c.ContactPauseBaselineTicks) + waited) : contactDue;
            list.Add(closed && c.ContactedAt is null
                ? new DeadlineDto(DeadlineSteps.FirstContact, c.PrefectureSlug, dueAt, false, false, false, null)
                : Deadline(DeadlineSteps.FirstContact, c.PrefectureSlug, dueAt, c.ContactedAt, paused, clock));
        }

        if (c.FeedbackDueAt is { } feedbackDue)
        {
            var paused = c.Waiting && c.FeedbackAt is null;
            var dueAt = paused ? clock.DueAt(c.ContactedAt!.Value, clock.Options.Feedback, TimeSpan.FromTicks(c.PausedTicks - c.FeedbackPauseBaselineTicks) + waited) : feedbackDue;
            list.Add(closed && c.FeedbackAt is null
                ? new DeadlineDto(DeadlineSteps.Feedback, c.PrefectureSlug, dueAt, false, false, false, null)
                : Deadline(DeadlineSteps.Feedback, c.PrefectureSlug, dueAt, c.FeedbackAt, paused, clock));
        }

        return list;
    }

    private static DeadlineDto Deadline(string step, string? slug, DateTimeOffset dueAt, DateTimeOffset? metAt, bool paused, DeadlineClock clock) =>
        new(step, slug, dueAt, metAt is null && !paused && clock.IsOverdue(dueAt), metAt is null && !paused && clock.IsDueSoon(dueAt), paused, metAt);
}
