using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.BuildingBlocks.Http;
using Portal.Calendar.Contracts;

namespace Portal.Calendar.Features;

/// <summary>An administration result as the API answers it.</summary>
internal static class CalendarResults
{
    public const string ConflictCode = "calendar-year-changed";

    public static Results<Ok<CalendarYearDto>, ValidationProblem, ProblemHttpResult> From(CalendarAdminResult result) => result.Outcome switch
    {
        CalendarAdminOutcome.Succeeded => TypedResults.Ok(result.Value!),
        CalendarAdminOutcome.Invalid => TypedResults.ValidationProblem(result.FieldErrors!),
        _ => PortalResults.Conflict(result.Message!, ConflictCode),
    };
}
