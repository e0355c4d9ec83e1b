using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Persistence;
using Portal.Calendar.Contracts;
using Portal.Inquiries.Contracts;
using Portal.Inquiries.Domain;
using Portal.Inquiries.Localization;
using Portal.Inquiries.Persistence;

namespace Portal.Inquiries.Features.Intake;

/// <summary>
/// <see cref="IInquiryIntake"/>: the public form's one path into the pipeline. Order matters: a replay of an
/// accepted Idempotency-Key answers at once (no quota spent), then the rate limit, the spam checks and
/// validation; the inquiry, its timeline, the acknowledgement mail's outbox row and its events commit together
/// before the answer, and a concurrent retry that loses the race on the unique key answers with the winner's code.
/// </summary>
internal sealed class InquiryIntake(
    InquiriesDbContext db,
    InquiryValidation validation,
    IntakeRateLimiter rateLimiter,
    IWorkingCalendarProvider calendars,
    IOptions<DeadlineOptions> deadlines,
    IOptions<IntakeOptions> options,
    IDataProtectionProvider protection,
    ITenantStore tenants,
    CrossTenantReader crossTenant,
    DuplicateFinder duplicates,
    TimeProvider clock,
    IStringLocalizer<InquiryMessages> text) : IInquiryIntake
{
    private const string FormTokenPurpose = "Portal.Inquiries.FormToken";

    private ITimeLimitedDataProtector FormTokens => protection.CreateProtector(FormTokenPurpose).ToTimeLimitedDataProtector();

    public string IssueFormToken() =>
        FormTokens.Protect(clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), options.Value.FormTokenLifetime);

    public async Task<InquiryResult<SubmittedInquiryDto>> SubmitAsync(
        InquirySubmission submission, IntakeContext context, CancellationToken cancellationToken = default)
    {
        var key = context.IdempotencyKey?.Trim();
        if (key is { Length: 0 })
        {
            key = null;
        }

        if (key is { Length: > InquiryLimits.IdempotencyKeyMaxLength })
        {
            return Invalid("Idempotency-Key", text["TooLong", InquiryLimits.IdempotencyKeyMaxLength]);
        }

        var hash = Hash(submission);
        if (key is not null && await ReplayAsync(key, hash, cancellationToken) is { } replay)
        {
            return replay;
        }

        if (await rateLimiter.TryAcquireAsync(context.ClientAddress ?? "unknown", key) is { } retryAfter)
        {
            return new(InquiryOutcome.Throttled, Message: text["Throttled", Math.Ceiling(retryAfter.TotalMinutes)], RetryAfter: retryAfter);
        }

        if (!string.IsNullOrEmpty(context.Honeypot) || !FormTokenIsHuman(context.FormToken))
        {
            return Invalid("form", text["LooksAutomated"]);
        }

        var (content, errors) = await validation.ValidateAsync(submission, recordedByStaff: false, cancellationToken);
        if (content is null)
        {
            return new(InquiryOutcome.Invalid, FieldErrors: errors.ToDictionary());
        }

        var now = clock.GetUtcNow();
        var deadlineClock = new DeadlineClock(await calendars.GetAsync(cancellationToken), deadlines.Value, now);
        var inquiry = Inquiry.Receive(content, InquirySources.WebForm, now, deadlineClock, key, hash);
        await AddAsync(inquiry, context.Culture, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (key is not null)
        {
            // A concurrent retry with the same key committed first: answer with its tracking code.
            db.ChangeTracker.Clear();
            return await ReplayAsync(key, hash, cancellationToken) ?? throw new InvalidOperationException("The inquiry could not be stored.");
        }

        return new(InquiryOutcome.Succeeded, new SubmittedInquiryDto(inquiry.TrackingCode));
    }

    /// <summary>Adds a received inquiry with its timeline, duplicate flag, acknowledgement mail and event; unsaved.</summary>
    private async Task AddAsync(Inquiry inquiry, string? culture, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.Inquiries.Add(inquiry);
        db.InquiryTimeline.Add(InquiryTimelineEntry.Of(inquiry.Id, now, TimelineKinds.Received, Actor.System, InquiryStages.Received,
            data: new Dictionary<string, string> { ["source"] = inquiry.Source }));
        await duplicates.FlagAsync(inquiry, now, Actor.System, cancellationToken);
        if (inquiry.Email is not null)
        {
            inquiry.MarkAcknowledged(now);
            db.InquiryTimeline.Add(InquiryTimelineEntry.Of(inquiry.Id, now, TimelineKinds.Acknowledged, Actor.System,
                data: new Dictionary<string, string> { ["channel"] = "email" }));
            db.AddIntegrationEvent(new InquiryAcknowledgementRequested(inquiry.Id, PortalCulture(culture)));
        }

        db.AddIntegrationEvent(new InquiryReceived(inquiry.Id, inquiry.TrackingCode, inquiry.Source, now));
    }

    public async Task<TrackedInquiryDto?> TrackAsync(string? trackingCode, string? email, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(trackingCode) || string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var code = TrackingCode.Normalize(trackingCode);
        var emailKey = email.Trim().ToLowerInvariant();
        var inquiry = await db.Inquiries.AsNoTracking()
            .FirstOrDefaultAsync(i => i.TrackingCode == code && i.EmailKey == emailKey, cancellationToken);
        if (inquiry is null)
        {
            return null;
        }

        // A merged duplicate is followed in the inquiry it was merged into.
        var shown = inquiry.MergedIntoId is { } survivorId
            ? await db.Inquiries.AsNoTracking().FirstOrDefaultAsync(i => i.Id == survivorId, cancellationToken) ?? inquiry
            : inquiry;
        var ids = new[] { inquiry.Id, shown.Id };
        var cases = await crossTenant.AcrossTenants(db.Cases.AsNoTracking(), "an enterprise tracks its own inquiry")
            .Where(c => c.InquiryId == shown.Id)
            .OrderBy(c => c.RoutedAt)
            .Select(c => new { c.Id, c.TenantId, c.PrefectureSlug, c.Stage, c.CloseReason })
            .ToListAsync(cancellationToken);
        var bureauReplies = await db.InquiryTimeline.AsNoTracking()
            .Where(e => ids.Contains(e.InquiryId) && e.Public && e.Kind == TimelineKinds.Reply)
            .Select(e => new { e.At, e.Text, CaseId = (Guid?)null })
            .ToListAsync(cancellationToken);
        var caseReplies = await crossTenant.AcrossTenants(db.CaseTimeline.AsNoTracking(), "an enterprise reads the public replies to its inquiry")
            .Where(e => e.InquiryId == shown.Id && e.Public && e.Kind == TimelineKinds.Reply)
            .Select(e => new { e.At, e.Text, CaseId = (Guid?)e.CaseId })
            .ToListAsync(cancellationToken);

        var prefectures = new List<TrackedPrefectureDto>();
        var byCase = new Dictionary<Guid, TenantInfo>();
        foreach (var c in cases)
        {
            if (await tenants.FindByIdAsync(c.TenantId!.Value, cancellationToken) is { } tenant)
            {
                byCase[c.Id] = tenant;
                if (c.CloseReason != CloseReasons.Rerouted)
                {
                    prefectures.Add(new TrackedPrefectureDto(tenant.Slug, tenant.Name, tenant.NameEn, c.Stage));
                }
            }
        }

        var replies = bureauReplies.Concat(caseReplies)
            .OrderBy(r => r.At)
            .Select(r => r.CaseId is { } caseId && byCase.TryGetValue(caseId, out var t)
                ? new PublicReplyDto(r.At, r.Text ?? "", t.Slug, t.Name)
                : new PublicReplyDto(r.At, r.Text ?? "", null, null))
            .ToList();
        return new TrackedInquiryDto(inquiry.TrackingCode, shown.EnterpriseName, shown.Stage, inquiry.ReceivedAt, prefectures, replies, NextStep(shown.Stage));
    }

    private static string NextStep(string stage) => stage switch
    {
        InquiryStages.Received or InquiryStages.Triaged => TrackingNextSteps.AwaitingReview,
        InquiryStages.Routed => TrackingNextSteps.AwaitingContact,
        InquiryStages.Contacted or InquiryStages.Visited => TrackingNextSteps.InDiscussion,
        InquiryStages.Signed => TrackingNextSteps.Implementation,
        InquiryStages.Landed => TrackingNextSteps.Landed,
        _ => TrackingNextSteps.None,
    };

    private async Task<InquiryResult<SubmittedInquiryDto>?> ReplayAsync(string key, string hash, CancellationToken cancellationToken)
    {
        var earlier = await db.Inquiries.AsNoTracking()
            .Where(i => i.IdempotencyKey == key)
            .Select(i => new { i.TrackingCode, i.RequestHash })
            .FirstOrDefaultAsync(cancellationToken);
        return earlier is null ? null
            : earlier.RequestHash == hash ? new(InquiryOutcome.Succeeded, new SubmittedInquiryDto(earlier.TrackingCode))
            : new(InquiryOutcome.IdempotencyKeyReused, Message: text["IdempotencyKeyReused"]);
    }

    private bool FormTokenIsHuman(string? token)
    {
        if (token is null)
        {
            return true; // API callers have no form; the rate limit and honeypot still apply
        }

        try
        {
            var shownAt = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(FormTokens.Unprotect(token), CultureInfo.InvariantCulture));
            return clock.GetUtcNow() - shownAt >= options.Value.MinimumFillTime;
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException or OverflowException)
        {
            return false;
        }
    }

    private InquiryResult<SubmittedInquiryDto> Invalid(string field, string message) =>
        new(InquiryOutcome.Invalid, FieldErrors: new Dictionary<string, string[]> { [field] = [message] });

    private static string PortalCulture(string? culture) =>
        culture is not null && culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "zh-CN";

    /// <summary>The body as sent, hashed: a retry must send the same one.</summary>
    internal static string Hash(InquirySubmission submission) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(submission))));
}
