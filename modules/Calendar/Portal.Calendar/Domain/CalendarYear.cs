using Portal.Calendar.Contracts;

namespace Portal.Calendar.Domain;

/// <summary>
/// One year of the host's working calendar: its holidays and make-up working days, replaced as a whole
/// (the State Council publishes a year at a time). A row exists once the year has been seeded or
/// entered, so that a year the host emptied on purpose is not seeded again.
/// </summary>
internal sealed class CalendarYear
{
    private CalendarYear(int year, IReadOnlyList<CalendarExceptionDay> days, DateTimeOffset updatedAt)
    {
        Year = year;
        Days = days;
        UpdatedAt = updatedAt;
    }

    public int Year { get; private set; }

    /// <summary>In date order; every date inside <see cref="Year"/>, none twice (see <see cref="Replace"/>).</summary>
    public IReadOnlyList<CalendarExceptionDay> Days { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static CalendarYear Create(int year, IEnumerable<CalendarExceptionDay> days, DateTimeOffset now)
    {
        var calendarYear = new CalendarYear(year, [], now);
        calendarYear.Replace(days, now);
        return calendarYear;
    }

    /// <summary>
    /// Replaces every exception day of the year. The days must already satisfy the rules the validation
    /// reports field by field; this is the aggregate's last word and throws on a violation.
    /// </summary>
    public void Replace(IEnumerable<CalendarExceptionDay> days, DateTimeOffset now)
    {
        var ordered = days.OrderBy(day => day.Date).ToList();
        if (ordered.Any(day => day.Date.Year != Year))
        {
            throw new ArgumentException($"Every day must fall in {Year}.", nameof(days));
        }

        // The calendar's constructor refuses duplicates, nameless days and weekday make-up days.
        _ = new WorkingCalendar(ordered);
        Days = ordered;
        UpdatedAt = now;
    }
}
