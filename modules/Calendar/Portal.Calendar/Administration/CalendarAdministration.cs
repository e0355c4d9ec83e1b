using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Calendar.Contracts;
using Portal.Calendar.Domain;
using Portal.Calendar.Features;
using Portal.Calendar.Localization;
using Portal.Calendar.Persistence;
using Portal.Calendar.Provider;

namespace Portal.Calendar.Administration;

/// <summary>
/// <see cref="ICalendarAdministration"/> for the admin API and the back-office page alike: one validation
/// (<see cref="CalendarYearValidation"/>), one audit entry (<see cref="CalendarAudit"/>) committed with the
/// change, then the cached calendar dropped so that the next deadline is computed on the new days.
/// </summary>
internal sealed class CalendarAdministration(
    CalendarDbContext db,
    CachedWorkingCalendarProvider provider,
    IHttpContextAccessor httpContextAccessor,
    TimeProvider clock,
    IStringLocalizer<CalendarMessages> text) : ICalendarAdministration
{
    private HttpContext Http => httpContextAccessor.HttpContext
        ?? throw new InvalidOperationException("The calendar's administration runs inside a request.");

    public async Task<CalendarAdminResult> GetYearAsync(int year, CancellationToken cancellationToken = default)
    {
        var errors = CalendarYearValidation.ValidateYear(year, text);
        if (errors.HasErrors)
        {
            return new(CalendarAdminOutcome.Invalid, FieldErrors: errors.ToDictionary());
        }

        var stored = await db.Years.AsNoTracking().FirstOrDefaultAsync(y => y.Year == year, cancellationToken);
        return new(CalendarAdminOutcome.Succeeded, ToDto(year, stored));
    }

    public async Task<CalendarAdminResult> ReplaceYearAsync(int year, IReadOnlyList<CalendarDayInput>? days, CancellationToken cancellationToken = default)
    {
        var valid = CalendarYearValidation.Validate(year, days, text, out var errors);
        if (valid is null)
        {
            return new(CalendarAdminOutcome.Invalid, FieldErrors: errors.ToDictionary());
        }

        var now = clock.GetUtcNow();
        var stored = await db.Years.FirstOrDefaultAsync(y => y.Year == year, cancellationToken);
        var before = stored?.Days ?? [];
        if (stored is null)
        {
            stored = CalendarYear.Create(year, valid, now);
            db.Years.Add(stored);
        }
        else
        {
            stored.Replace(valid, now);
        }

        db.AuditReplaced(Http, year, before, stored.Days);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first saves of the same year raced; the other one won. Nothing of ours was written.
            db.ChangeTracker.Clear();
            return new(CalendarAdminOutcome.Conflict, Message: text["YearChangedConcurrently"]);
        }

        await provider.InvalidateAsync(cancellationToken);
        return new(CalendarAdminOutcome.Succeeded, ToDto(year, stored));
    }

    private static CalendarYearDto ToDto(int year, CalendarYear? stored) => new(
        year,
        stored is not null,
        stored?.UpdatedAt,
        [.. (stored?.Days ?? []).Select(day => new CalendarDayDto(day.Date, CalendarDayKinds.Of(day.Kind), day.Name))]);
}
