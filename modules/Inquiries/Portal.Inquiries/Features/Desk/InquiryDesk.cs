using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Audit.Contracts;
using Portal.BuildingBlocks.Http;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Persistence;
using Portal.Calendar.Contracts;
using Portal.Identity.Contracts;
using Portal.Identity.Contracts.Administration;
using Portal.Inquiries.Contracts;
using Portal.Inquiries.Domain;
using Portal.Inquiries.Domain.Enterprises;
using Portal.Inquiries.Domain.Rules;
using Portal.Inquiries.Features.Intake;
using Portal.Inquiries.Localization;
using Portal.Inquiries.Persistence;
using Portal.Inquiries.Routing.Suggestions;

namespace Portal.Inquiries.Features.Desk;

/// <summary>
/// <see cref="IInquiryDesk"/>: every back-office action on inquiries and cases, for the API and the pages alike.
/// A case is written under its own prefecture's tenant scope (the stamping interceptor checks every row), the
/// bureau's inquiry beside it, both in one transaction with the timeline, the audit entry and the events.
/// </summary>
internal sealed partial class InquiryDesk(
    InquiriesDbContext db,
    CrossTenantReader crossTenant,
    ICurrentTenant currentTenant,
    ITenantStore tenants,
    IWorkingCalendarProvider calendars,
    IOptions<DeadlineOptions> deadlineOptions,
    InquiryValidation validation,
    InquiryReadModel readModel,
    DuplicateFinder duplicates,
    IStaffDirectory staff,
    RoutingSuggester suggester,
    IHttpContextAccessor http,
    TimeProvider time,
    IStringLocalizer<InquiryMessages> text,
    IStringLocalizer<EnterpriseMessages> enterpriseText) : IInquiryDesk
{
    private async Task<DeadlineClock> ClockAsync(CancellationToken cancellationToken) =>
        new(await calendars.GetAsync(cancellationToken), deadlineOptions.Value, time.GetUtcNow());

    public async Task<InquiryResult<InquiryPage<InquirySummaryDto>>> ListAsync(ClaimsPrincipal principal, InquiryQuery query, CancellationToken cancellationToken = default)
    {
        var caller = DeskCaller.From(principal);
        var errors = new ValidationErrors();
        if (query.Stage is not null && !InquiryStages.IsKnown(query.Stage))
        {
            errors.Add("stage", text["UnknownCode", query.Stage, string.Join(", ", InquiryStages.All)]);
        }

        if (query.Page < 1)
        {
            errors.Add("page", text["PageInvalid"]);
        }

        if (query.PageSize is < 1 or > InquiryQuery.MaxPageSize)
        {
            errors.Add("pageSize", text["PageSizeInvalid", InquiryQuery.MaxPageSize]);
        }

        TenantInfo? prefecture = null;
        if (query.Prefecture is not null && caller.IsHost
            && (prefecture = await tenants.FindBySlugAsync(query.Prefecture.ToLowerInvariant(), cancellationToken)) is null)
        {
            errors.Add("prefecture", text["UnknownPrefecture", query.Prefecture]);
        }

        Guid? ownerId = null;
        if (query.Owner is not null and not "me" and not "none")
        {
            if (Guid.TryParse(query.Owner, out var parsed))
            {
                ownerId = parsed;
            }
            else
            {
                errors.Add("owner", text["OwnerFilterInvalid"]);
            }
        }

        if (errors.HasErrors)
        {
            return new(InquiryOutcome.Invalid, FieldErrors: errors.ToDictionary());
        }

        var clock = await ClockAsync(cancellationToken);
        var now = clock.Now;
        var soon = now + clock.Options.DueSoonWithin;
        var q = query.Q?.Trim();
        var qUpper = q?.ToUpperInvariant();
        var qLower = q?.ToLowerInvariant();
        IQueryable<Inquiry> inquiries;
        if (caller.IsHost)
        {
            inquiries = db.Inquiries.AsNoTracking().Where(i => i.MergedIntoId == null);
            if (prefecture is not null)
            {
                var routed = crossTenant.AcrossTenants(db.Cases, "the bureau's inbox filtered by prefecture")
                    .Where(c => c.TenantId == prefecture.Id).Select(c => c.InquiryId);
                inquiries = inquiries.Where(i => routed.Contains(i.Id));
            }

            if (query.Stage is not null)
            {
                inquiries = inquiries.Where(i => i.Stage == query.Stage);
            }

            if (query.Overdue is { } overdue)
            {
                inquiries = overdue ? inquiries.Where(i => i.NextDueAt != null && i.NextDueAt < now) : inquiries.Where(i => i.NextDueAt == null || i.NextDueAt >= now);
            }

            if (query.DueSoon == true)
            {
                inquiries = inquiries.Where(i => i.NextDueAt != null && i.NextDueAt >= now && i.NextDueAt <= soon);
            }

            if (query.Owner == "me")
            {
                var me = caller.UserId;
                inquiries = inquiries.Where(i => i.OwnerId == me);
            }
            else if (query.Owner == "none")
            {
                inquiries = inquiries.Where(i => i.OwnerId == null);
            }
            else if (ownerId is not null)
            {
                inquiries = inquiries.Where(i => i.OwnerId == ownerId);
            }
        }
        else
        {
            // A prefecture's inbox is its cases; filters on stage and deadlines read the case, not the inquiry.
            var cases = db.Cases.AsNoTracking().Where(c => c.CloseReason != CloseReasons.Rerouted);
            if (query.Stage is not null)
            {
                cases = cases.Where(c => c.Stage == query.Stage);
            }

            if (query.Overdue is { } overdue)
            {
                cases = overdue ? cases.Where(c => c.NextDueAt != null && c.NextDueAt < now) : cases.Where(c => c.NextDueAt == null || c.NextDueAt >= now);
            }

            if (query.DueSoon == true)
            {
                cases = cases.Where(c => c.NextDueAt != null && c.NextDueAt >= now && c.NextDueAt <= soon);
            }

            var ids = cases.Select(c => c.InquiryId);
            inquiries = db.Inquiries.AsNoTracking().Where(i => i.MergedIntoId == null && ids.Contains(i.Id));
        }

        if (query.Chain is not null)
        {
            inquiries = inquiries.Where(i => i.Chain == query.Chain);
        }

        if (!string.IsNullOrEmpty(q))
        {
            inquiries = inquiries.Where(i => i.EnterpriseName.Contains(q) || i.ContactName.Contains(q)
                || i.CreditCode == qUpper || i.TrackingCode == qUpper || i.Mobile == q || i.EmailKey == qLower);
        }

        var total = await inquiries.CountAsync(cancellationToken);
        var rows = await inquiries.OrderByDescending(i => i.ReceivedAt).ThenByDescending(i => i.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        var rowCases = await readModel.VisibleCasesAsync(caller, [.. rows.Select(r => r.Id)], cancellationToken);
        var items = new List<InquirySummaryDto>();
        foreach (var row in rows)
        {
            var visible = rowCases.Where(c => c.InquiryId == row.Id && (caller.IsHost || c.CloseReason != CloseReasons.Rerouted)).ToList();
            items.Add(await readModel.SummaryAsync(caller, row, visible, clock, cancellationToken));
        }

        return new(InquiryOutcome.Succeeded, new InquiryPage<InquirySummaryDto>(total, query.Page, query.PageSize, items));
    }

    public async Task<InquiryResult<InquiryDetailDto>> GetAsync(ClaimsPrincipal principal, Guid id, CancellationToken cancellationToken = default)
    {
        var caller = DeskCaller.From(principal);
        var inquiry = await db.Inquiries.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (inquiry is null || (!caller.IsHost && !await db.Cases.AnyAsync(c => c.InquiryId == id, cancellationToken)))
        {
            return NotFound<InquiryDetailDto>();
        }

        return new(InquiryOutcome.Succeeded, await readModel.DetailAsync(caller, inquiry, await ClockAsync(cancellationToken), cancellationToken));
    }

    public async Task<IReadOnlyList<OwnerDto>> ListOwnersAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        if (!DeskCaller.From(principal).IsHost)
        {
            return [];
        }

        var holders = await staff.ListHoldersAsync(null, Permissions.InquiriesRoute, cancellationToken);
        return [.. holders.Select(h => new OwnerDto(h.Id, h.Name, h.Email))];
    }

    private InquiryResult<T> NotFound<T>() => new(InquiryOutcome.NotFound, Message: text["NotFound"]);

    private InquiryResult<T> Forbidden<T>() => new(InquiryOutcome.Forbidden, Message: text["BureauOnly"]);

    private static InquiryResult<T> Invalid<T>(ValidationErrors errors) => new(InquiryOutcome.Invalid, FieldErrors: errors.ToDictionary());

    private InquiryResult<T> Conflict<T>(string key, params object[] arguments) =>
        new(InquiryOutcome.Conflict, Message: text[key, arguments], Code: "inquiries." + Kebab(key));

    private static string Kebab(string key) =>
        string.Concat(key.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));

    private InquiryResult<T> Broken<T>(BusinessRuleException exception)
    {
        var fields = exception.Violations.Where(v => v.Field is not null).ToList();
        if (fields.Count > 0)
        {
            var errors = new ValidationErrors();
            foreach (var violation in fields)
            {
                errors.Add(violation.Field!, text[violation.MessageKey, violation.Arguments]);
            }

            return Invalid<T>(errors);
        }

        var first = exception.Violations[0];
        return new(InquiryOutcome.Conflict, Message: text[first.MessageKey, first.Arguments], Code: first.Code);
    }

    /// <summary>An audit entry for a staff action, in the same outbox (and transaction) as the change.</summary>
    private void Audit(DeskCaller caller, string action, Guid inquiryId, AuditChanges changes) =>
        db.AddIntegrationEvent(AuditRecordedFactory.Create(
            AuditActor.FromPrincipal(caller.Principal, http.HttpContext?.Connection.RemoteIpAddress?.ToString()),
            currentTenant.Id, time.GetUtcNow(), action, "inquiry", inquiryId.ToString(), changes));

    private static DateOnly TodayInChina(DateTimeOffset now) => DateOnly.FromDateTime(WorkingCalendar.ToChinaStandardTime(now).DateTime);
}
