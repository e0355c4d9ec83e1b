namespace Portal.Calendar.Contracts;

/// <summary>
/// One day that departs from the ordinary week, with the name of the holiday it belongs to
/// (for example 国庆节 for a day off, 国庆节调休 for its make-up working day).
/// </summary>
public sealed record CalendarExceptionDay(DateOnly Date, CalendarDayKind Kind, string Name);
