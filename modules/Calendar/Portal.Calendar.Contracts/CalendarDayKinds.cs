namespace Portal.Calendar.Contracts;

/// <summary>The API's codes for <see cref="CalendarDayKind"/>, stable in JSON and forms.</summary>
public static class CalendarDayKinds
{
    public const string Holiday = "holiday";
    public const string MakeUpWorkingDay = "make-up-working-day";

    public static IReadOnlyList<string> All { get; } = [Holiday, MakeUpWorkingDay];

    public static string Of(CalendarDayKind kind) => kind switch
    {
        CalendarDayKind.Holiday => Holiday,
        CalendarDayKind.MakeUpWorkingDay => MakeUpWorkingDay,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown calendar day kind."),
    };

    /// <summary>The kind of an API code (exact, lower case), or null for anything else.</summary>
    public static CalendarDayKind? Parse(string? code) => code switch
    {
        Holiday => CalendarDayKind.Holiday,
        MakeUpWorkingDay => CalendarDayKind.MakeUpWorkingDay,
        _ => null,
    };
}
