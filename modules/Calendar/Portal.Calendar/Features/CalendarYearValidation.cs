using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.Http;
using Portal.Calendar.Contracts;
using Portal.Calendar.Localization;

namespace Portal.Calendar.Features;

/// <summary>
/// Checks a year's replacement field by field, so that a client or a form learns every mistake at once:
/// the year in range, dates inside it and none twice, a known kind, a make-up working day on a weekend,
/// a name. Keys are the API's (<c>days[2].date</c>).
/// </summary>
internal static class CalendarYearValidation
{
    public static ValidationErrors ValidateYear(int year, IStringLocalizer<CalendarMessages> text)
    {
        var errors = new ValidationErrors();
        if (year is < CalendarYearLimits.FirstYear or > CalendarYearLimits.LastYear)
        {
            errors.Add("year", text["YearOutOfRange", CalendarYearLimits.FirstYear, CalendarYearLimits.LastYear]);
        }

        return errors;
    }

    /// <summary>The valid days, trimmed; null with <paramref name="errors"/> filled otherwise.</summary>
    public static IReadOnlyList<CalendarExceptionDay>? Validate(
        int year, IReadOnlyList<CalendarDayInput?>? days, IStringLocalizer<CalendarMessages> text, out ValidationErrors errors)
    {
        errors = ValidateYear(year, text);
        if (days is null)
        {
            errors.Add("days", text["DaysRequired"]);
            return null;
        }

        if (days.Count > CalendarYearLimits.MaxDays)
        {
            errors.Add("days", text["TooManyDays", CalendarYearLimits.MaxDays]);
            return null;
        }

        var valid = new List<CalendarExceptionDay>(days.Count);
        var seen = new HashSet<DateOnly>();
        for (var index = 0; index < days.Count; index++)
        {
            var field = $"days[{index}]";
            var day = days[index];
            if (day is null)
            {
                errors.Add(field, text["DayRequired"]);
                continue;
            }

            var date = day.Date;
            if (date is not { } value)
            {
                errors.Add(field + ".date", text["DateRequired"]);
            }
            else if (value.Year != year)
            {
                errors.Add(field + ".date", text["DateOutsideYear", Iso(value), year]);
            }
            else if (!seen.Add(value))
            {
                errors.Add(field + ".date", text["DateDuplicate", Iso(value)]);
            }

            var kind = CalendarDayKinds.Parse(day.Kind?.Trim());
            if (kind is null)
            {
                errors.Add(field + ".kind", text["KindInvalid"]);
            }
            else if (kind == CalendarDayKind.MakeUpWorkingDay && date is { } makeUp
                     && makeUp.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                errors.Add(field + ".kind", text["MakeUpNotWeekend", Iso(makeUp)]);
            }

            var name = day.Name?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                errors.Add(field + ".name", text["NameRequired"]);
            }
            else if (name.Length > CalendarYearLimits.NameMaxLength)
            {
                errors.Add(field + ".name", text["NameTooLong", CalendarYearLimits.NameMaxLength]);
            }

            if (date is { } ok && kind is { } known && !string.IsNullOrEmpty(name))
            {
                valid.Add(new CalendarExceptionDay(ok, known, name));
            }
        }

        return errors.HasErrors ? null : valid;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
