namespace Portal.Calendar.Contracts;

/// <summary>
/// The host's way to keep the working calendar, one year at a time: the same validation, audit entry and
/// cache invalidation as <c>/api/admin/calendar</c>, so that the back-office page and the API cannot
/// disagree. Scoped; runs inside a request (the audit entry names its caller). The caller checks the
/// permission.
/// </summary>
public interface ICalendarAdministration
{
    /// <summary>
    /// The exception days of <paramref name="year"/> (an empty list, not configured, when the host never
    /// entered that year), or <see cref="CalendarAdminOutcome.Invalid"/> for a year outside
    /// <see cref="CalendarYearLimits"/>.
    /// </summary>
    Task<CalendarAdminResult> GetYearAsync(int year, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces every exception day of <paramref name="year"/> with <paramref name="days"/> (an empty list
    /// makes it an ordinary Monday–Friday year). Field errors are keyed as the API names them
    /// (<c>year</c>, <c>days</c>, <c>days[2].date</c>, <c>days[2].kind</c>, <c>days[2].name</c>).
    /// </summary>
    Task<CalendarAdminResult> ReplaceYearAsync(int year, IReadOnlyList<CalendarDayInput>? days, CancellationToken cancellationToken = default);
}

/// <summary>The years the calendar accepts, and the limits of one year's entries.</summary>
public static class CalendarYearLimits
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;
    public const int NameMaxLength = 40;

    /// <summary>More than every day of a leap year can only be a mistake.</summary>
    public const int MaxDays = 366;
}

/// <summary>One exception day as a client or a form sends it: <c>kind</c> is one of <see cref="CalendarDayKinds"/>.</summary>
public sealed record CalendarDayInput(DateOnly? Date, string? Kind, string? Name);

/// <summary>One exception day as the API answers it.</summary>
public sealed record CalendarDayDto(DateOnly Date, string Kind, string Name);

/// <summary>
/// A year of the calendar: <see cref="Configured"/> is false when the host never entered it (every
/// weekday then counts as a working day); <see cref="UpdatedAt"/> is the last change.
/// </summary>
public sealed record CalendarYearDto(int Year, bool Configured, DateTimeOffset? UpdatedAt, IReadOnlyList<CalendarDayDto> Days);

public enum CalendarAdminOutcome
{
    Succeeded,

    /// <summary>Field errors in <see cref="CalendarAdminResult.FieldErrors"/>, localized in the request's culture.</summary>
    Invalid,

    /// <summary>Someone else saved the same year at the same moment: load it again and retry.</summary>
    Conflict,
}

public sealed record CalendarAdminResult(
    CalendarAdminOutcome Outcome,
    CalendarYearDto? Value = null,
    IReadOnlyDictionary<string, string[]>? FieldErrors = null,
    string? Message = null)
{
    public bool Succeeded => Outcome == CalendarAdminOutcome.Succeeded;
}
