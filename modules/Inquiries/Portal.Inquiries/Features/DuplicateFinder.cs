using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Inquiries.Contracts;
using Portal.Inquiries.Domain;
using Portal.Inquiries.Features.Intake;
using Portal.Inquiries.Persistence;

namespace Portal.Inquiries.Features;

/// <summary>
/// Another inquiry from the same enterprise (credit code) or the same contact (mobile or email) within
/// <see cref="IntakeOptions.DuplicateWindow"/> is a possible duplicate: flagged at intake, listed on the detail,
/// merged by the bureau.
/// </summary>
internal sealed class DuplicateFinder(InquiriesDbContext db, IOptions<IntakeOptions> options)
{
    /// <summary>Flags a new inquiry that repeats an earlier one, with a timeline entry; unsaved.</summary>
    public async Task FlagAsync(Inquiry inquiry, DateTimeOffset now, Actor actor, CancellationToken cancellationToken)
    {
        var earlier = (await FindAsync(inquiry, cancellationToken)).FirstOrDefault(d => !d.Merged);
        if (earlier is not null)
        {
            inquiry.FlagPossibleDuplicate(earlier.Id);
            db.InquiryTimeline.Add(InquiryTimelineEntry.Of(inquiry.Id, now, TimelineKinds.DuplicateFlagged, actor,
                data: new Dictionary<string, string> { ["of"] = earlier.TrackingCode, ["matchedOn"] = earlier.MatchedOn }));
        }
    }

    /// <summary>Inquiries that match <paramref name="inquiry"/> within the window either side, oldest first.</summary>
    public async Task<IReadOnlyList<DuplicateDto>> FindAsync(Inquiry inquiry, CancellationToken cancellationToken)
    {
        var window = options.Value.DuplicateWindow;
        var from = inquiry.ReceivedAt - window;
        var to = inquiry.ReceivedAt + window;
        var (code, mobile, email) = (inquiry.CreditCode, inquiry.Mobile, inquiry.EmailKey);
        if (code is null && mobile is null && email is null)
        {
            return [];
        }

        var candidates = await db.Inquiries.AsNoTracking()
            .Where(i => i.Id != inquiry.Id && i.ReceivedAt >= from && i.ReceivedAt <= to)
            .Where(i => (code != null && i.CreditCode == code) || (mobile != null && i.Mobile == mobile) || (email != null && i.EmailKey == email))
            .OrderBy(i => i.ReceivedAt)
            .Take(20)
            .Select(i => new { i.Id, i.TrackingCode, i.EnterpriseName, i.CreditCode, i.Mobile, i.EmailKey, i.ReceivedAt, i.MergedIntoId })
            .ToListAsync(cancellationToken);
        return [.. candidates.Select(i => new DuplicateDto(
            i.Id, i.TrackingCode, i.EnterpriseName,
            code is not null && i.CreditCode == code ? "credit-code" : mobile is not null && i.Mobile == mobile ? "mobile" : "email",
            i.ReceivedAt, i.MergedIntoId is not null))];
    }
}
