using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Calendar.Contracts;

namespace Portal.Calendar.Features.GetCalendarYear;

/// <summary>
/// <c>GET /api/admin/calendar?year=2026</c>: the year's holidays and make-up working days in date order;
/// without <c>year</c>, the current year in China Standard Time.
/// </summary>
internal static class GetCalendarYearEndpoint
{
    public static void Map(RouteGroupBuilder calendar) => calendar.MapGet("/", HandleAsync).WithSummary("A year's holidays and make-up working days");

    private static async Task<Results<Ok<CalendarYearDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        int? year, ICalendarAdministration administration, TimeProvider clock, CancellationToken cancellationToken)
    {
        var wanted = year ?? WorkingCalendar.ToChinaStandardTime(clock.GetUtcNow()).Year;
        return CalendarResults.From(await administration.GetYearAsync(wanted, cancellationToken));
    }
}
