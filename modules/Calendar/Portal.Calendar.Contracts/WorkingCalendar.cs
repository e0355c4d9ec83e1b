using System.Collections.Frozen;

namespace Portal.Calendar.Contracts;

/// <summary>
/// The working days of Chinese public offices: Monday to Friday are working days unless declared a
/// holiday, Saturday and Sunday are days off unless declared a make-up working day (调休上班).
/// Immutable and pure: build it once from the exception days, share it freely between threads.
/// </summary>
/// <remarks>
/// <para>All computations happen in China Standard Time (UTC+08:00, no daylight saving time): an input
/// instant with any offset is first converted to +08:00, and every returned instant carries +08:00.</para>
/// <para>Working time is measured as whole calendar days: every instant of a working day (00:00 to
/// 24:00 CST) is working time, every instant of a non-working day is not. Office hours are deliberately
/// not modelled, so "N working days" means N × 24 hours of working time.</para>
/// <para>The calendar only knows the exception days it was given; a year without data is treated as
/// an ordinary Monday–Friday year.</para>
/// </remarks>
public sealed class WorkingCalendar
{
    /// <summary>China Standard Time: UTC+08:00 all year round.</summary>
    public static readonly TimeSpan ChinaStandardTimeOffset = TimeSpan.FromHours(8);

    /// <summary>The ordinary Monday–Friday week with no holidays and no make-up working days.</summary>
    public static WorkingCalendar Empty { get; } = new([]);

    private static readonly TimeSpan OneDay = TimeSpan.FromDays(1);

    private readonly FrozenDictionary<DateOnly, CalendarExceptionDay> _exceptions;

    /// <summary>Builds a calendar from its exception days.</summary>
    /// <exception cref="ArgumentException">
    /// A date appears twice, a holiday or make-up day has no name, a kind is unknown, or a make-up
    /// working day is not a Saturday or Sunday.
    /// </exception>
    public WorkingCalendar(IEnumerable<CalendarExceptionDay> exceptionDays)
    {
        ArgumentNullException.ThrowIfNull(exceptionDays);
        var byDate = new Dictionary<DateOnly, CalendarExceptionDay>();
        foreach (var day in exceptionDays)
        {
            ArgumentNullException.ThrowIfNull(day, nameof(exceptionDays));
            if (string.IsNullOrWhiteSpace(day.Name))
            {
                throw new ArgumentException($"The exception day {day.Date:yyyy-MM-dd} has no name.", nameof(exceptionDays));
            }

            if (!Enum.IsDefined(day.Kind))
            {
                throw new ArgumentException($"The exception day {day.Date:yyyy-MM-dd} has an unknown kind {day.Kind}.", nameof(exceptionDays));
            }

            if (day.Kind == CalendarDayKind.MakeUpWorkingDay && !IsWeekend(day.Date))
            {
                throw new ArgumentException($"The make-up working day {day.Date:yyyy-MM-dd} is not a Saturday or Sunday.", nameof(exceptionDays));
            }

            if (!byDate.TryAdd(day.Date, day))
            {
                throw new ArgumentException($"The date {day.Date:yyyy-MM-dd} appears more than once.", nameof(exceptionDays));
            }
        }

        _exceptions = byDate.ToFrozenDictionary();
        ExceptionDays = [.. byDate.Values.OrderBy(day => day.Date)];
    }

    /// <summary>Every exception day, in date order.</summary>
    public IReadOnlyList<CalendarExceptionDay> ExceptionDays { get; }

    /// <summary>The exception declared for <paramref name="date"/>, or null for an ordinary day.</summary>
    public CalendarExceptionDay? FindException(DateOnly date) =>
        _exceptions.TryGetValue(date, out var day) ? day : null;

    /// <summary>
    /// True for Monday–Friday unless declared a holiday, and for a Saturday or Sunday declared a
    /// make-up working day.
    /// </summary>
    public bool IsWorkingDay(DateOnly date) =>
        _exceptions.TryGetValue(date, out var day)
            ? day.Kind == CalendarDayKind.MakeUpWorkingDay
            : !IsWeekend(date);

    /// <summary>
    /// The deadline that falls <paramref name="days"/> working days after <paramref name="start"/>, in CST.
    /// </summary>
    /// <remarks>
    /// <para>If <paramref name="start"/> (converted to CST) falls on a working day, the deadline is the
    /// same CST clock time on the <paramref name="days"/>-th working day after that day; zero days
    /// returns <paramref name="start"/> itself. Example: Friday 2025-09-26 15:00 + 1 → Sunday
    /// 2025-09-28 15:00 (a make-up working day).</para>
    /// <para>If <paramref name="start"/> falls on a non-working day, counting starts at 00:00 CST of
    /// the next working day D: the deadline is 00:00 CST of the <paramref name="days"/>-th working day
    /// after D (so one working day from a Saturday ends when Monday ends, at Tuesday 00:00); zero days
    /// returns D 00:00.</para>
    /// <para>Either way, <see cref="WorkingTimeBetween"/>(start, deadline) is exactly
    /// <paramref name="days"/> × 24 h, and the result equals
    /// <see cref="AddWorkingTime"/>(start, <paramref name="days"/> × 24 h).</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative, or the result is past year 9999.</exception>
    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var local = ToChinaStandardTime(start);
        var date = DateOnly.FromDateTime(local.DateTime);
        var timeOfDay = local.TimeOfDay;
        if (!IsWorkingDay(date))
        {
            date = NextWorkingDayAfter(date);
            timeOfDay = TimeSpan.Zero;
        }

        for (var counted = 0; counted < days; counted++)
        {
            date = NextWorkingDayAfter(date);
        }

        return AtChinaStandardTime(date, timeOfDay);
    }

    /// <summary>
    /// The working time elapsed between two instants: the part of [<paramref name="from"/>,
    /// <paramref name="to"/>) that lies on working days (whole CST days, see the class remarks).
    /// </summary>
    /// <remarks>
    /// A paused deadline clock adds up this value over its running intervals only; the time left is
    /// then the target working time minus that sum, and <see cref="AddWorkingTime"/> turns the time
    /// left into an instant again.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is earlier than <paramref name="from"/>.</exception>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The end {to:O} is earlier than the start {from:O}.");
        }

        var localFrom = ToChinaStandardTime(from);
        var localTo = ToChinaStandardTime(to);
        var date = DateOnly.FromDateTime(localFrom.DateTime);
        var lastDate = DateOnly.FromDateTime(localTo.DateTime);
        var total = TimeSpan.Zero;
        while (date <= lastDate)
        {
            if (IsWorkingDay(date))
            {
                var dayStart = AtChinaStandardTime(date, TimeSpan.Zero);
                var segmentStart = localFrom > dayStart ? localFrom : dayStart;
                var segmentEnd = date == lastDate ? localTo : dayStart + OneDay;
                total += segmentEnd - segmentStart;
            }

            date = date.AddDays(1);
        }

        return total;
    }

    /// <summary>
    /// The instant at which <paramref name="workingTime"/> of working time has elapsed since
    /// <paramref name="start"/>, in CST.
    /// </summary>
    /// <remarks>
    /// <para>A start on a non-working day first moves to 00:00 CST of the next working day. When the
    /// working time runs out exactly at the end of a working day followed by days off, the result is
    /// 00:00 CST of the next working day rather than the end of the earlier one: both instants have the
    /// same working time elapsed, and a deadline should not expire during days off. Zero working time
    /// therefore returns <paramref name="start"/> on a working day and the next working day's 00:00
    /// otherwise.</para>
    /// <para>For every non-negative amount, <see cref="WorkingTimeBetween"/>(start, result) equals
    /// <paramref name="workingTime"/>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingTime"/> is negative, or the result is past year 9999.</exception>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        var local = ToChinaStandardTime(start);
        var date = DateOnly.FromDateTime(local.DateTime);
        var timeOfDay = local.TimeOfDay;
        if (!IsWorkingDay(date))
        {
            date = NextWorkingDayAfter(date);
            timeOfDay = TimeSpan.Zero;
        }

        var remaining = workingTime;
        var leftToday = OneDay - timeOfDay;

        // Reaching the end of a day exactly moves on to the next working day's 00:00 (see remarks).
        while (remaining >= leftToday)
        {
            remaining -= leftToday;
            date = NextWorkingDayAfter(date);
            timeOfDay = TimeSpan.Zero;
            leftToday = OneDay;
        }

        return AtChinaStandardTime(date, timeOfDay + remaining);
    }

    /// <summary>The same instant expressed in China Standard Time (+08:00).</summary>
    public static DateTimeOffset ToChinaStandardTime(DateTimeOffset instant) => instant.ToOffset(ChinaStandardTimeOffset);

    /// <summary>The instant of <paramref name="timeOfDay"/> on <paramref name="date"/> in China Standard Time.</summary>
    public static DateTimeOffset AtChinaStandardTime(DateOnly date, TimeSpan timeOfDay) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), ChinaStandardTimeOffset) + timeOfDay;

    private DateOnly NextWorkingDayAfter(DateOnly date)
    {
        do
        {
            date = date.AddDays(1);
        }
        while (!IsWorkingDay(date));

        return date;
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
