using Portal.Calendar.Contracts;

namespace Portal.Inquiries.Domain;

/// <summary>
/// <c>Inquiries:Deadlines</c>: working days allowed per step (acknowledge 0, route 1, first contact 3,
/// feedback 5), how close to its deadline an item counts as due soon, and how often escalation looks.
/// </summary>
internal sealed class DeadlineOptions
{
    public const string SectionName = "Inquiries:Deadlines";

    public int Acknowledge { get; set; }

    public int Route { get; set; } = 1;

    public int FirstContact { get; set; } = 3;

    public int Feedback { get; set; } = 5;

    /// <summary>An open deadline within this much wall-clock time is due soon.</summary>
    public TimeSpan DueSoonWithin { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often the escalation service looks for missed deadlines.</summary>
    public TimeSpan EscalationInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Deadline arithmetic for one moment: a step of <c>N</c> working days started at <c>start</c> falls due when
/// N × 24 h of working time (China Standard Time, holidays and make-up days from the host's calendar) plus the
/// working time spent waiting for the enterprise since the start have elapsed.
/// </summary>
internal sealed record DeadlineClock(WorkingCalendar Calendar, DeadlineOptions Options, DateTimeOffset Now)
{
    /// <summary>In UTC, as stored (PostgreSQL keeps instants, not offsets); callers show it in China Standard Time.</summary>
    public DateTimeOffset DueAt(DateTimeOffset start, int workingDays, TimeSpan paused) =>
        Calendar.AddWorkingTime(start, TimeSpan.FromDays(workingDays) + paused).ToUniversalTime();

    /// <summary>Working time spent waiting from <paramref name="since"/> until now.</summary>
    public TimeSpan WaitedSince(DateTimeOffset since) => Now > since ? Calendar.WorkingTimeBetween(since, Now) : TimeSpan.Zero;

    public bool IsOverdue(DateTimeOffset? dueAt) => dueAt is { } due && due < Now;

    public bool IsDueSoon(DateTimeOffset? dueAt) => dueAt is { } due && due >= Now && due - Now <= Options.DueSoonWithin;
}
