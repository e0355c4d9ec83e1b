using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.BuildingBlocks.Mail;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Outbox;
using Portal.BuildingBlocks.Persistence;
using Portal.Calendar.Contracts;
using Portal.Identity.Contracts;
using Portal.Identity.Contracts.Administration;
using Portal.Inquiries.Contracts;
using Portal.Inquiries.Domain;
using Portal.Inquiries.Localization;
using Portal.Inquiries.Persistence;

namespace Portal.Inquiries.Deadlines;

/// <summary>
/// Finds deadlines that passed unmet (and not paused) and escalates each exactly once: a timeline entry and an
/// <see cref="InquiryDeadlineMissed"/> event, whose handler mails the supervisors. Several nodes may run this at
/// once: the row's version token lets one of them win, the others skip.
/// </summary>
internal sealed class DeadlineEscalator(
    InquiriesDbContext db,
    CrossTenantReader crossTenant,
    ICurrentTenant currentTenant,
    TimeProvider time,
    ILogger<DeadlineEscalator> logger)
{
    private const int BatchSize = 50;
    private static readonly Actor Escalation = new(null, "deadline escalation", true);

    /// <summary>Escalates what is due now; returns how many deadlines it escalated.</summary>
    public async Task<int> EscalateDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var escalated = 0;
        var inquiries = await db.Inquiries
            .Where(i => i.RoutedAt == null && !i.Waiting && i.Stage != InquiryStages.Closed && i.MergedIntoId == null
                && i.RouteDueAt < now && i.RouteEscalatedAt == null)
            .OrderBy(i => i.RouteDueAt).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var inquiry in inquiries)
        {
            using (currentTenant.Change(null))
            {
                inquiry.MarkRouteEscalated(now);
                db.InquiryTimeline.Add(InquiryTimelineEntry.Of(inquiry.Id, now, TimelineKinds.Escalated, Escalation, inquiry.Stage,
                    data: Data(DeadlineSteps.Route, inquiry.RouteDueAt!.Value)));
                db.AddIntegrationEvent(new InquiryDeadlineMissed(inquiry.Id, null, null, DeadlineSteps.Route, inquiry.RouteDueAt.Value));
                escalated += await TrySaveAsync(cancellationToken);
            }
        }

        var cases = await crossTenant.AcrossTenants(db.Cases, "deadline escalation looks at every prefecture's cases")
            .Where(c => !c.Waiting && c.Stage != InquiryStages.Closed
                && ((c.ContactedAt == null && c.ContactDueAt < now && c.ContactEscalatedAt == null)
                    || (c.ContactedAt != null && c.FeedbackAt == null && c.FeedbackDueAt < now && c.FeedbackEscalatedAt == null)))
            .OrderBy(c => c.NextDueAt).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var inquiryCase in cases)
        {
            using (currentTenant.Change(inquiryCase.TenantId, inquiryCase.PrefectureSlug))
            {
                var (step, dueAt) = inquiryCase.OpenDeadline!.Value;
                inquiryCase.MarkEscalated(step, now);
                db.CaseTimeline.Add(CaseTimelineEntry.Of(inquiryCase, now, TimelineKinds.Escalated, Escalation, inquiryCase.Stage, data: Data(step, dueAt)));
                db.AddIntegrationEvent(new InquiryDeadlineMissed(inquiryCase.InquiryId, inquiryCase.Id, inquiryCase.TenantId, step, dueAt));
                escalated += await TrySaveAsync(cancellationToken);
            }
        }

        return escalated;
    }

    private async Task<int> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return 1;
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("A deadline was escalated (or changed) by someone else meanwhile; skipped");
            db.ChangeTracker.Clear();
            return 0;
        }
    }

    private static Dictionary<string, string> Data(string step, DateTimeOffset dueAt) => new()
    {
        ["step"] = step,
        ["dueAt"] = WorkingCalendar.ToChinaStandardTime(dueAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
    };
}

/// <summary>Runs <see cref="DeadlineEscalator"/> every <see cref="DeadlineOptions.EscalationInterval"/>.</summary>
internal sealed class DeadlineEscalationService(IServiceScopeFactory scopes, IOptions<DeadlineOptions> options, ILogger<DeadlineEscalationService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.EscalationInterval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DeadlineEscalator>().EscalateDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Deadline escalation failed; it runs again at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

/// <summary>
/// Mails the supervisors of a missed deadline: for the bureau's own step the host's admins, for a prefecture's
/// case that prefecture's admins (holders of <c>users.manage</c> in the scope: they lead the staff).
/// </summary>
internal sealed class DeadlineMissedMailHandler(
    InquiriesDbContext db,
    IStaffDirectory staff,
    IMailSender sender,
    IStringLocalizer<InquiryMessages> text,
    ILogger<DeadlineMissedMailHandler> logger) : IIntegrationEventHandler<InquiryDeadlineMissed>
{
    public async Task HandleAsync(InquiryDeadlineMissed integrationEvent, CancellationToken cancellationToken)
    {
        var inquiry = await db.Inquiries.AsNoTracking().FirstOrDefaultAsync(i => i.Id == integrationEvent.InquiryId, cancellationToken);
        if (inquiry is null)
        {
            return;
        }

        var supervisors = await staff.ListHoldersAsync(integrationEvent.TenantId, Permissions.UsersManage, cancellationToken);
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            var step = text[integrationEvent.Step switch
            {
                DeadlineSteps.Route => "StepRoute",
                DeadlineSteps.FirstContact => "StepFirstContact",
                DeadlineSteps.Feedback => "StepFeedback",
                _ => "StepAcknowledge",
            }].Value;
            var due = WorkingCalendar.ToChinaStandardTime(integrationEvent.DueAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            var subject = text["EscalationMailSubject", inquiry.TrackingCode, inquiry.EnterpriseName].Value;
            var body = text["EscalationMailBody", inquiry.TrackingCode, inquiry.EnterpriseName, step, due, inquiry.OwnerName ?? text["NoOwner"].Value].Value;
            foreach (var supervisor in supervisors.Where(s => !string.IsNullOrWhiteSpace(s.Email)))
            {
                await sender.SendAsync(new MailMessageSpec(supervisor.Email!, subject, body), cancellationToken);
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        logger.LogInformation("Escalated the {Step} deadline of inquiry {TrackingCode} to {Count} supervisors", integrationEvent.Step, inquiry.TrackingCode, supervisors.Count);
    }
}
