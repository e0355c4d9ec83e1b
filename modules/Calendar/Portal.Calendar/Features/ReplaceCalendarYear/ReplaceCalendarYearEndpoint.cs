using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Calendar.Contracts;

namespace Portal.Calendar.Features.ReplaceCalendarYear;

/// <summary>
/// <c>PUT /api/admin/calendar/{year}</c> with <c>{ days: [{ date, kind, name }] }</c>: replaces every
/// holiday and make-up working day of the year (an empty list leaves an ordinary Monday–Friday year).
/// Invalid input is a 400 with every field error and changes nothing; success is audited and is seen by
/// the next deadline computed.
/// </summary>
internal static class ReplaceCalendarYearEndpoint
{
    public static void Map(RouteGroupBuilder calendar) =>
        calendar.MapPut("/{year:int}", HandleAsync).WithSummary("Replace a year's holidays and make-up working days");

    private static async Task<Results<Ok<CalendarYearDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        int year, ReplaceCalendarYearRequest request, ICalendarAdministration administration, CancellationToken cancellationToken) =>
        CalendarResults.From(await administration.ReplaceYearAsync(year, request.Days, cancellationToken));
}

internal sealed record ReplaceCalendarYearRequest(IReadOnlyList<CalendarDayInput>? Days);
