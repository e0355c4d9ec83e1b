using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Calendar.Contracts;
using Portal.Identity.Contracts;

namespace Portal.Ui.Pages.Admin.Calendar;

/// <summary>
/// <c>/admin/calendar?year=2026</c>: the host's working calendar, one year at a time. The year view lists
/// the breaks and make-up working days as ranges; the form below replaces the whole year (rows to keep,
/// change or remove, blank rows to add, and a date range to add a break in one go). Plain GET and POST,
/// so it works without JavaScript; saving goes through <see cref="ICalendarAdministration"/>, the same
/// validation, audit entry and cache invalidation as <c>PUT /api/admin/calendar/{year}</c>.
/// </summary>
[Authorize(Policy = Permissions.TaxonomyManage)]
public sealed class IndexModel(ICalendarAdministration administration, TimeProvider clock, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer text = localizers.Create(typeof(CalendarText));

    /// <summary>Empty rows offered for new days under the existing ones.</summary>
    public const int BlankRows = 4;

    /// <summary>A longer break than this is a typing mistake (the longest, Spring Festival, is 9 days).</summary>
    public const int MaxRangeDays = 31;

    private const string IsoDate = "yyyy-MM-dd";
    private const string RangeOrigin = "range";

    public int Year { get; private set; }

    public CalendarYearDto? Calendar { get; private set; }

    public bool Saved { get; private set; }

    [BindProperty]
    public List<DayRow> Rows { get; set; } = [];

    [BindProperty]
    public string? RangeFrom { get; set; }

    [BindProperty]
    public string? RangeTo { get; set; }

    [BindProperty]
    public string? RangeName { get; set; }

    /// <summary>Errors by row index of <see cref="Rows"/>.</summary>
    public Dictionary<int, List<string>> RowErrors { get; } = [];

    public List<string> RangeErrors { get; } = [];

    public List<string> FormErrors { get; } = [];

    public IEnumerable<CalendarRange> Ranges => CalendarRange.Group(Calendar?.Days ?? []);

    public async Task<IActionResult> OnGetAsync(int? year, bool saved, CancellationToken cancellationToken)
    {
        Year = year ?? WorkingCalendar.ToChinaStandardTime(clock.GetUtcNow()).Year;
        Saved = saved;
        var result = await administration.GetYearAsync(Year, cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Calendar = result.Value;
        Rows = [.. Calendar!.Days.Select(DayRow.From), .. Enumerable.Range(0, BlankRows).Select(_ => new DayRow())];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int year, CancellationToken cancellationToken)
    {
        Year = year;
        var current = await administration.GetYearAsync(year, cancellationToken);
        if (!current.Succeeded)
        {
            return NotFound();
        }

        if (Rows.Count > CalendarYearLimits.MaxDays + BlankRows)
        {
            return BadRequest();
        }

        // Kept rows in order, then the range's days; origins say where each input came from, for the errors.
        var inputs = new List<CalendarDayInput>();
        var origins = new List<object>();
        for (var index = 0; index < Rows.Count; index++)
        {
            var row = Rows[index];
            if (row.Remove || row.IsBlank)
            {
                continue;
            }

            inputs.Add(new CalendarDayInput(ParseDate(row.Date), row.Kind, row.Name));
            origins.Add(index);
            if (!string.IsNullOrWhiteSpace(row.Date) && ParseDate(row.Date) is null)
            {
                AddRowError(index, text["DateInvalid"]);
            }
        }

        foreach (var day in RangeDays())
        {
            inputs.Add(day);
            origins.Add(RangeOrigin);
        }

        if (RowErrors.Count == 0 && RangeErrors.Count == 0)
        {
            var result = await administration.ReplaceYearAsync(year, inputs, cancellationToken);
            if (result.Succeeded)
            {
                return Redirect(Url.Content($"~/admin/calendar?year={year.ToString(CultureInfo.InvariantCulture)}&saved=true"));
            }

            if (result.Outcome == CalendarAdminOutcome.Conflict)
            {
                FormErrors.Add(result.Message!);
            }

            foreach (var (field, messages) in result.FieldErrors ?? new Dictionary<string, string[]>())
            {
                AssignErrors(field, messages, origins);
            }
        }

        Calendar = current.Value;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public string? ErrorOf(int row) => RowErrors.TryGetValue(row, out var messages) ? string.Join(" ", messages) : null;

    public string KindName(string kind) => text["Kind_" + kind];

    /// <summary>"10月1日 周四" / "October 1 Thu", in the request's culture.</summary>
    public static string DayLabel(DateOnly date) =>
        $"{date.ToString("M", CultureInfo.CurrentCulture)} {date.ToString("ddd", CultureInfo.CurrentCulture)}";

    public string YearUrl(int year) => Url.Content($"~/admin/calendar?year={year.ToString(CultureInfo.InvariantCulture)}");

    private List<CalendarDayInput> RangeDays()
    {
        if (string.IsNullOrWhiteSpace(RangeFrom) && string.IsNullOrWhiteSpace(RangeTo) && string.IsNullOrWhiteSpace(RangeName))
        {
            return [];
        }

        var from = ParseDate(RangeFrom);
        var to = string.IsNullOrWhiteSpace(RangeTo) ? from : ParseDate(RangeTo);
        if (from is null || to is null)
        {
            RangeErrors.Add(text["RangeDatesRequired"]);
            return [];
        }

        var length = to.Value.DayNumber - from.Value.DayNumber + 1;
        if (length is < 1 or > MaxRangeDays)
        {
            RangeErrors.Add(text["RangeInvalid", MaxRangeDays]);
            return [];
        }

        return Enumerable.Range(0, length)
            .Select(offset => new CalendarDayInput(from.Value.AddDays(offset), CalendarDayKinds.Holiday, RangeName))
            .ToList();
    }

    private void AssignErrors(string field, string[] messages, List<object> origins)
    {
        // "days[3].date" → the input at 3 → its row (or the range).
        if (field.StartsWith("days[", StringComparison.Ordinal)
            && int.TryParse(field.AsSpan(5, field.IndexOf(']', StringComparison.Ordinal) - 5), CultureInfo.InvariantCulture, out var input)
            && input < origins.Count)
        {
            foreach (var message in messages)
            {
                if (origins[input] is int row)
                {
                    AddRowError(row, message);
                }
                else if (!RangeErrors.Contains(message))
                {
                    RangeErrors.Add(message);
                }
            }

            return;
        }

        FormErrors.AddRange(messages);
    }

    private void AddRowError(int row, string message)
    {
        if (!RowErrors.TryGetValue(row, out var messages))
        {
            RowErrors[row] = messages = [];
        }

        messages.Add(message);
    }

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), IsoDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>One row of the edit form, as posted.</summary>
    public sealed class DayRow
    {
        public string? Date { get; set; }

        public string? Kind { get; set; }

        public string? Name { get; set; }

        /// <summary>Ticked: the day is left out of the saved year.</summary>
        public bool Remove { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Date) && string.IsNullOrWhiteSpace(Name);

        public static DayRow From(CalendarDayDto day) => new()
        {
            Date = day.Date.ToString(IsoDate, CultureInfo.InvariantCulture),
            Kind = day.Kind,
            Name = day.Name,
        };
    }
}

/// <summary>Consecutive days of the same kind and name, shown as one line of the year view.</summary>
public sealed record CalendarRange(DateOnly First, DateOnly Last, string Kind, string Name)
{
    public int Days => Last.DayNumber - First.DayNumber + 1;

    public static IEnumerable<CalendarRange> Group(IEnumerable<CalendarDayDto> days)
    {
        CalendarRange? open = null;
        foreach (var day in days.OrderBy(d => d.Date))
        {
            if (open is not null && open.Kind == day.Kind && open.Name == day.Name && open.Last.AddDays(1) == day.Date)
            {
                open = open with { Last = day.Date };
                continue;
            }

            if (open is not null)
            {
                yield return open;
            }

            open = new CalendarRange(day.Date, day.Date, day.Kind, day.Name);
        }

        if (open is not null)
        {
            yield return open;
        }
    }
}
