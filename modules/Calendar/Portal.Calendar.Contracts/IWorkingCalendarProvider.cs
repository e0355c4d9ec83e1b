namespace Portal.Calendar.Contracts;

/// <summary>
/// The host's current working calendar (public holidays and make-up working days of every year it
/// knows). Cached; a change made by the host administrator is seen by the next call.
/// </summary>
public interface IWorkingCalendarProvider
{
    /// <summary>The current calendar. The returned value is immutable: keep it for one computation, ask again later.</summary>
    ValueTask<WorkingCalendar> GetAsync(CancellationToken cancellationToken = default);
}
