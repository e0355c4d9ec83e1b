using System.Globalization;
using Microsoft.AspNetCore.Http;
using Portal.Audit.Contracts;
using Portal.Calendar.Contracts;
using Portal.Calendar.Persistence;

namespace Portal.Calendar.Features;

/// <summary>
/// The audit entry of a year's replacement, added to the calendar's outbox beside the change so that
/// both commit together: action <c>calendar-year.replaced</c>, entity the year, the days added and
/// removed (as <c>date kind name</c>) and the counts before and after.
/// </summary>
internal static class CalendarAudit
{
    public const string EntityType = "calendar-year";
    public const string Replaced = EntityType + ".replaced";

    public static void AuditReplaced(
        this CalendarDbContext db, HttpContext http, int year, IReadOnlyList<CalendarExceptionDay> before, IReadOnlyList<CalendarExceptionDay> after)
    {
        var removed = before.Except(after).Select(Describe).ToList();
        var added = after.Except(before).Select(Describe).ToList();
        var changes = new AuditChanges()
            .Change("holidays", Count(before, CalendarDayKind.Holiday), Count(after, CalendarDayKind.Holiday))
            .Change("makeUpWorkingDays", Count(before, CalendarDayKind.MakeUpWorkingDay), Count(after, CalendarDayKind.MakeUpWorkingDay));
        if (added.Count > 0)
        {
            changes.Set("added", string.Join("; ", added));
        }

        if (removed.Count > 0)
        {
            changes.Set("removed", string.Join("; ", removed));
        }

        db.AddIntegrationEvent(AuditRecordedFactory.FromHttp(http, Replaced, EntityType, year.ToString(CultureInfo.InvariantCulture), changes));
    }

    private static int Count(IEnumerable<CalendarExceptionDay> days, CalendarDayKind kind) => days.Count(day => day.Kind == kind);

    private static string Describe(CalendarExceptionDay day) =>
        $"{day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {CalendarDayKinds.Of(day.Kind)} {day.Name}";
}
