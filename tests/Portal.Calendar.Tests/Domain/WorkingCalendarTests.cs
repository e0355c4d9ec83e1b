using Portal.Calendar.Contracts;
using Portal.Calendar.Seeding;
using Xunit;

namespace Portal.Calendar.Tests.Domain;

public sealed class WorkingCalendarTests
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);
    private static readonly TimeSpan OneDay = TimeSpan.FromDays(1);

    private static readonly WorkingCalendar Official = new(OfficialHolidayArrangements.All);

    private static DateTimeOffset AtCst(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, Cst);

    private static void AssertSameInstantInCst(DateTimeOffset expected, DateTimeOffset actual)
    {
        Assert.Equal(expected, actual);
        Assert.Equal(Cst, actual.Offset);
    }

    [Theory]
    [InlineData("2025-09-26", true)]  // Friday before National Day
    [InlineData("2025-09-27", false)] // ordinary Saturday
    [InlineData("2025-09-28", true)]  // Sunday, make-up working day
    [InlineData("2025-09-29", true)]
    [InlineData("2025-09-30", true)]
    [InlineData("2025-10-01", false)] // National Day
    [InlineData("2025-10-06", false)] // Mid-Autumn inside the merged break
    [InlineData("2025-10-08", false)] // last day of the break, a Wednesday
    [InlineData("2025-10-09", true)]
    [InlineData("2025-10-10", true)]
    [InlineData("2025-10-11", true)]  // Saturday, make-up working day
    [InlineData("2025-10-12", false)] // ordinary Sunday
    [InlineData("2026-02-14", true)]  // Saturday before Spring Festival, make-up
    [InlineData("2026-02-16", false)] // Spring Festival eve, Monday
    [InlineData("2026-02-23", false)] // last day of the break, Monday
    [InlineData("2026-02-24", true)]
    [InlineData("2026-02-28", true)]  // Saturday, make-up
    [InlineData("2026-01-01", false)]
    [InlineData("2026-01-04", true)]  // Sunday, make-up for New Year
    [InlineData("2027-01-04", true)]  // a year without data is an ordinary Monday–Friday year
    [InlineData("2027-01-09", false)]
    public void Working_days_follow_the_official_arrangements(string date, bool working)
    {
        Assert.Equal(working, Official.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_empty_calendar_is_the_plain_Monday_to_Friday_week()
    {
        Assert.True(WorkingCalendar.Empty.IsWorkingDay(new DateOnly(2025, 10, 1)));
        Assert.False(WorkingCalendar.Empty.IsWorkingDay(new DateOnly(2025, 10, 11)));
        Assert.Empty(WorkingCalendar.Empty.ExceptionDays);
    }

    [Fact]
    public void From_the_Friday_before_National_Day_the_deadline_crosses_the_break_and_uses_both_make_up_days()
    {
        var friday = AtCst(2025, 9, 26, 15, 30);

        // Sun 28 (make-up), Mon 29, Tue 30, then Oct 1–8 off, Thu 9, Fri 10, Sat 11 (make-up).
        AssertSameInstantInCst(AtCst(2025, 9, 28, 15, 30), Official.AddWorkingDays(friday, 1));
        AssertSameInstantInCst(AtCst(2025, 9, 30, 15, 30), Official.AddWorkingDays(friday, 3));
        AssertSameInstantInCst(AtCst(2025, 10, 9, 15, 30), Official.AddWorkingDays(friday, 4));
        AssertSameInstantInCst(AtCst(2025, 10, 11, 15, 30), Official.AddWorkingDays(friday, 6));
        AssertSameInstantInCst(AtCst(2025, 10, 13, 15, 30), Official.AddWorkingDays(friday, 7));
    }

    [Fact]
    public void Five_working_days_from_the_Friday_before_National_Day_end_on_the_make_up_Friday_not_during_the_break()
    {
        var deadline = Official.AddWorkingDays(AtCst(2025, 9, 26, 9, 0), 5);

        AssertSameInstantInCst(AtCst(2025, 10, 10, 9, 0), deadline);
        Assert.Equal(TimeSpan.FromDays(5), Official.WorkingTimeBetween(AtCst(2025, 9, 26, 9, 0), deadline));
    }

    [Fact]
    public void The_make_up_Saturday_is_a_working_day_to_count_from_and_to()
    {
        var makeUpSaturday = AtCst(2025, 10, 11, 10, 0);

        // Counting from the make-up Saturday keeps the clock time; Sunday 12 is off.
        AssertSameInstantInCst(AtCst(2025, 10, 13, 10, 0), Official.AddWorkingDays(makeUpSaturday, 1));
        Assert.Equal(OneDay, Official.WorkingTimeBetween(AtCst(2025, 10, 11), AtCst(2025, 10, 13)));

        // An ordinary Saturday is not working time.
        Assert.Equal(TimeSpan.Zero, Official.WorkingTimeBetween(AtCst(2025, 10, 18), AtCst(2025, 10, 20)));
    }

    [Fact]
    public void An_instant_during_a_holiday_counts_from_the_next_working_day_at_midnight()
    {
        var duringBreak = AtCst(2025, 10, 3, 14, 0);

        // The next working day is Thursday 9 October; one working day ends when it ends.
        AssertSameInstantInCst(AtCst(2025, 10, 9), Official.AddWorkingDays(duringBreak, 0));
        AssertSameInstantInCst(AtCst(2025, 10, 10), Official.AddWorkingDays(duringBreak, 1));
        AssertSameInstantInCst(AtCst(2025, 10, 13), Official.AddWorkingDays(duringBreak, 3));
    }

    [Fact]
    public void An_ordinary_Saturday_counts_from_Monday_at_midnight()
    {
        AssertSameInstantInCst(AtCst(2025, 11, 18), Official.AddWorkingDays(AtCst(2025, 11, 15, 11, 0), 1));
    }

    [Fact]
    public void Spring_Festival_2026_is_skipped_whole_and_its_two_make_up_Saturdays_count()
    {
        var friday = AtCst(2026, 2, 13, 17, 0);

        // Sat 14 (make-up), then Feb 15–23 off, Tue 24 … Fri 27, Sat 28 (make-up), Mon Mar 2.
        AssertSameInstantInCst(AtCst(2026, 2, 14, 17, 0), Official.AddWorkingDays(friday, 1));
        AssertSameInstantInCst(AtCst(2026, 2, 24, 17, 0), Official.AddWorkingDays(friday, 2));
        AssertSameInstantInCst(AtCst(2026, 2, 28, 17, 0), Official.AddWorkingDays(friday, 6));
        AssertSameInstantInCst(AtCst(2026, 3, 2, 17, 0), Official.AddWorkingDays(friday, 7));
        Assert.Equal(TimeSpan.FromDays(7), Official.WorkingTimeBetween(friday, AtCst(2026, 3, 2, 17, 0)));
    }

    [Fact]
    public void Crossing_the_end_of_2025_skips_New_Year_2026_and_counts_its_make_up_Sunday()
    {
        var wednesday = AtCst(2025, 12, 31, 8, 45);

        // Jan 1–3 off, Sun 4 (make-up), Mon 5.
        AssertSameInstantInCst(AtCst(2026, 1, 4, 8, 45), Official.AddWorkingDays(wednesday, 1));
        AssertSameInstantInCst(AtCst(2026, 1, 5, 8, 45), Official.AddWorkingDays(wednesday, 2));
    }

    [Fact]
    public void Crossing_the_end_of_2024_into_2025_skips_only_New_Year_day()
    {
        AssertSameInstantInCst(AtCst(2025, 1, 2, 12, 0), Official.AddWorkingDays(AtCst(2024, 12, 31, 12, 0), 1));
    }

    [Fact]
    public void Zero_working_days_from_a_working_instant_is_the_instant_itself_in_China_Standard_Time()
    {
        var utc = new DateTimeOffset(2025, 9, 26, 3, 0, 0, TimeSpan.Zero);

        var deadline = Official.AddWorkingDays(utc, 0);

        Assert.Equal(utc, deadline);
        Assert.Equal(Cst, deadline.Offset);
        Assert.Equal(11, deadline.Hour);
    }

    [Fact]
    public void A_UTC_instant_is_placed_on_its_China_Standard_Time_date()
    {
        // 17:00 UTC on Tuesday 30 September is 01:00 CST on Wednesday 1 October, National Day.
        var utc = new DateTimeOffset(2025, 9, 30, 17, 0, 0, TimeSpan.Zero);

        AssertSameInstantInCst(AtCst(2025, 10, 10), Official.AddWorkingDays(utc, 1));

        // 15:59 UTC is still 23:59 CST on the working Tuesday.
        var lastMinute = new DateTimeOffset(2025, 9, 30, 15, 59, 0, TimeSpan.Zero);
        AssertSameInstantInCst(AtCst(2025, 10, 9, 23, 59), Official.AddWorkingDays(lastMinute, 1));
    }

    [Fact]
    public void An_instant_with_another_offset_gives_the_same_result_as_its_China_Standard_Time_equivalent()
    {
        var newYork = new DateTimeOffset(2025, 9, 26, 3, 30, 0, TimeSpan.FromHours(-4));

        Assert.Equal(Official.AddWorkingDays(AtCst(2025, 9, 26, 15, 30), 4), Official.AddWorkingDays(newYork, 4));
    }

    [Fact]
    public void The_last_minute_of_a_working_day_and_midnight_of_the_following_day_off_are_counted_differently()
    {
        // 23:59 CST on Tuesday 30 September is working time; 00:00 CST on 1 October is not.
        AssertSameInstantInCst(AtCst(2025, 10, 9, 23, 59), Official.AddWorkingDays(AtCst(2025, 9, 30, 23, 59), 1));
        AssertSameInstantInCst(AtCst(2025, 10, 10), Official.AddWorkingDays(AtCst(2025, 10, 1), 1));

        Assert.Equal(TimeSpan.FromMinutes(1), Official.WorkingTimeBetween(AtCst(2025, 9, 30, 23, 59), AtCst(2025, 10, 9)));
    }

    [Fact]
    public void Midnight_at_the_start_of_a_working_day_keeps_midnight()
    {
        AssertSameInstantInCst(AtCst(2025, 10, 9), Official.AddWorkingDays(AtCst(2025, 9, 30), 1));
    }

    [Fact]
    public void Working_time_between_counts_only_working_days()
    {
        // Fri 26 Sep 18:00 → Thu 9 Oct 06:00: 6 h on Friday, Sunday 28, Monday 29, Tuesday 30, 6 h on Thursday.
        var elapsed = Official.WorkingTimeBetween(AtCst(2025, 9, 26, 18, 0), AtCst(2025, 10, 9, 6, 0));

        Assert.Equal(TimeSpan.FromHours(6 + (3 * 24) + 6), elapsed);
    }

    [Fact]
    public void Working_time_between_the_same_instant_is_zero_and_within_a_working_day_is_the_difference()
    {
        var instant = AtCst(2025, 9, 29, 10, 0);

        Assert.Equal(TimeSpan.Zero, Official.WorkingTimeBetween(instant, instant));
        Assert.Equal(TimeSpan.FromMinutes(95), Official.WorkingTimeBetween(instant, instant.AddMinutes(95)));
    }

    [Fact]
    public void Working_time_between_ignores_the_offsets_of_its_inputs()
    {
        var fromUtc = new DateTimeOffset(2025, 9, 26, 10, 0, 0, TimeSpan.Zero);
        var toUtc = new DateTimeOffset(2025, 10, 9, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(
            Official.WorkingTimeBetween(fromUtc.ToOffset(Cst), toUtc.ToOffset(Cst)),
            Official.WorkingTimeBetween(fromUtc, toUtc));
        Assert.Equal(TimeSpan.FromHours(6 + (3 * 24) + 8), Official.WorkingTimeBetween(fromUtc, toUtc));
    }

    [Fact]
    public void A_paused_clock_resumes_with_the_working_time_it_had_left()
    {
        // Five working days from Thursday 25 Sep 10:00, paused Friday 26 Sep 10:00 until Thursday 9 Oct 14:00.
        var received = AtCst(2025, 9, 25, 10, 0);
        var target = TimeSpan.FromDays(5);
        var pausedAt = AtCst(2025, 9, 26, 10, 0);
        var resumedAt = AtCst(2025, 10, 9, 14, 0);

        var used = Official.WorkingTimeBetween(received, pausedAt);
        var deadline = Official.AddWorkingTime(resumedAt, target - used);

        Assert.Equal(OneDay, used);
        AssertSameInstantInCst(AtCst(2025, 10, 14, 14, 0), deadline);
    }

    [Fact]
    public void Adding_working_time_moves_through_days_off()
    {
        AssertSameInstantInCst(AtCst(2025, 9, 28, 2, 0), Official.AddWorkingTime(AtCst(2025, 9, 26, 20, 0), TimeSpan.FromHours(6)));
        AssertSameInstantInCst(AtCst(2025, 10, 9, 0, 30), Official.AddWorkingTime(AtCst(2025, 9, 30, 23, 0), TimeSpan.FromMinutes(90)));
    }

    [Fact]
    public void Working_time_that_runs_out_at_the_end_of_a_day_before_days_off_ends_at_the_next_working_midnight()
    {
        AssertSameInstantInCst(AtCst(2025, 10, 9), Official.AddWorkingTime(AtCst(2025, 9, 30, 12, 0), TimeSpan.FromHours(12)));
    }

    [Fact]
    public void Zero_working_time_from_a_day_off_is_the_next_working_midnight()
    {
        AssertSameInstantInCst(AtCst(2025, 10, 9), Official.AddWorkingTime(AtCst(2025, 10, 5, 12, 0), TimeSpan.Zero));
        AssertSameInstantInCst(AtCst(2025, 10, 9, 8, 0), Official.AddWorkingTime(AtCst(2025, 10, 9, 8, 0), TimeSpan.Zero));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(10)]
    [InlineData(40)]
    public void Adding_working_days_equals_adding_whole_days_of_working_time_and_measures_back_exactly(int days)
    {
        var starts = new[]
        {
            AtCst(2025, 9, 26, 15, 30), AtCst(2025, 9, 27, 9, 0), AtCst(2025, 9, 30, 23, 59, 59),
            AtCst(2025, 10, 1), AtCst(2025, 10, 11, 0, 0), AtCst(2025, 12, 31, 23, 0), AtCst(2026, 2, 13, 0, 0),
            new DateTimeOffset(2026, 2, 14, 16, 0, 0, TimeSpan.Zero),
        };

        foreach (var start in starts)
        {
            var byDays = Official.AddWorkingDays(start, days);
            var byTime = Official.AddWorkingTime(start, TimeSpan.FromDays(days));

            Assert.Equal(byDays, byTime);
            Assert.Equal(TimeSpan.FromDays(days), Official.WorkingTimeBetween(start, byDays));
            Assert.True(Official.IsWorkingDay(DateOnly.FromDateTime(byDays.DateTime)), $"{start:O} + {days} fell on {byDays:O}");
        }
    }

    [Fact]
    public void Negative_input_is_refused_clearly()
    {
        var start = AtCst(2025, 9, 26, 9, 0);

        var days = Assert.Throws<ArgumentOutOfRangeException>(() => Official.AddWorkingDays(start, -1));
        Assert.Equal("days", days.ParamName);
        var time = Assert.Throws<ArgumentOutOfRangeException>(() => Official.AddWorkingTime(start, TimeSpan.FromTicks(-1)));
        Assert.Equal("workingTime", time.ParamName);
        var between = Assert.Throws<ArgumentOutOfRangeException>(() => Official.WorkingTimeBetween(start, start.AddTicks(-1)));
        Assert.Equal("to", between.ParamName);
    }

    [Fact]
    public void A_calendar_refuses_duplicate_dates_nameless_days_and_weekday_make_up_days()
    {
        var date = new DateOnly(2025, 10, 1);

        Assert.Throws<ArgumentException>(() => new WorkingCalendar(
        [
            new CalendarExceptionDay(date, CalendarDayKind.Holiday, "国庆节"),
            new CalendarExceptionDay(date, CalendarDayKind.Holiday, "国庆节"),
        ]));
        Assert.Throws<ArgumentException>(() => new WorkingCalendar([new CalendarExceptionDay(date, CalendarDayKind.Holiday, " ")]));
        Assert.Throws<ArgumentException>(() => new WorkingCalendar([new CalendarExceptionDay(date, CalendarDayKind.MakeUpWorkingDay, "国庆节调休")]));
        Assert.Throws<ArgumentException>(() => new WorkingCalendar([new CalendarExceptionDay(date, (CalendarDayKind)7, "国庆节")]));
    }

    [Fact]
    public void The_calendar_does_not_change_when_its_source_list_does()
    {
        var days = new List<CalendarExceptionDay> { new(new DateOnly(2025, 10, 1), CalendarDayKind.Holiday, "国庆节") };
        var calendar = new WorkingCalendar(days);

        days.Clear();

        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 10, 1)));
        Assert.Equal("国庆节", calendar.FindException(new DateOnly(2025, 10, 1))?.Name);
        Assert.Null(calendar.FindException(new DateOnly(2025, 10, 9)));
    }

    [Fact]
    public void The_seeded_arrangements_hold_every_published_make_up_working_day()
    {
        var makeUpDays = OfficialHolidayArrangements.All
            .Where(day => day.Kind == CalendarDayKind.MakeUpWorkingDay)
            .Select(day => day.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(
            [
                "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
                "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
            ],
            makeUpDays.Order());
    }

    [Theory]
    [InlineData(2025, 28)] // 1 + 8 + 3 + 5 + 3 + 8 days off, weekend days of the breaks included
    [InlineData(2026, 33)] // 3 + 9 + 3 + 5 + 3 + 3 + 7
    public void The_seeded_breaks_have_the_published_lengths(int year, int daysOff)
    {
        Assert.Equal(daysOff, OfficialHolidayArrangements.All.Count(day => day.Date.Year == year && day.Kind == CalendarDayKind.Holiday));
    }
}
