using Portal.Calendar.Contracts;

namespace Portal.Calendar.Seeding;

/// <summary>
/// The State Council General Office's (国务院办公厅) published holiday arrangements, seeded on first
/// start. Every day of each break is listed (weekend days included, so the year view shows the whole
/// break), plus every make-up working day. Later years are entered by the host administrator.
/// </summary>
internal static class OfficialHolidayArrangements
{
    private const string NewYear = "元旦";
    private const string SpringFestival = "春节";
    private const string QingMing = "清明节";
    private const string LabourDay = "劳动节";
    private const string DragonBoat = "端午节";
    private const string MidAutumn = "中秋节";
    private const string NationalDay = "国庆节";
    private const string NationalDayAndMidAutumn = "国庆节、中秋节";
    private const string MakeUpSuffix = "调休";

    /// <summary>
    /// 《国务院办公厅关于2025年部分节假日安排的通知》（国办发明电〔2024〕12号，2024年11月12日）.
    /// </summary>
    public static IReadOnlyList<CalendarExceptionDay> Year2025 { get; } =
    [
        .. Break(NewYear, new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 1)),
        .. Break(SpringFestival, new DateOnly(2025, 1, 28), new DateOnly(2025, 2, 4)),
        MakeUp(SpringFestival, new DateOnly(2025, 1, 26)),
        MakeUp(SpringFestival, new DateOnly(2025, 2, 8)),
        .. Break(QingMing, new DateOnly(2025, 4, 4), new DateOnly(2025, 4, 6)),
        .. Break(LabourDay, new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 5)),
        MakeUp(LabourDay, new DateOnly(2025, 4, 27)),
        .. Break(DragonBoat, new DateOnly(2025, 5, 31), new DateOnly(2025, 6, 2)),
        .. Break(NationalDayAndMidAutumn, new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 8)),
        MakeUp(NationalDayAndMidAutumn, new DateOnly(2025, 9, 28)),
        MakeUp(NationalDayAndMidAutumn, new DateOnly(2025, 10, 11)),
    ];

    /// <summary>
    /// 《国务院办公厅关于2026年部分节假日安排的通知》（2025年11月4日，新华社受权发布）.
    /// </summary>
    public static IReadOnlyList<CalendarExceptionDay> Year2026 { get; } =
    [
        .. Break(NewYear, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 3)),
        MakeUp(NewYear, new DateOnly(2026, 1, 4)),
        .. Break(SpringFestival, new DateOnly(2026, 2, 15), new DateOnly(2026, 2, 23)),
        MakeUp(SpringFestival, new DateOnly(2026, 2, 14)),
        MakeUp(SpringFestival, new DateOnly(2026, 2, 28)),
        .. Break(QingMing, new DateOnly(2026, 4, 4), new DateOnly(2026, 4, 6)),
        .. Break(LabourDay, new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 5)),
        MakeUp(LabourDay, new DateOnly(2026, 5, 9)),
        .. Break(DragonBoat, new DateOnly(2026, 6, 19), new DateOnly(2026, 6, 21)),
        .. Break(MidAutumn, new DateOnly(2026, 9, 25), new DateOnly(2026, 9, 27)),
        .. Break(NationalDay, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 7)),
        MakeUp(NationalDay, new DateOnly(2026, 9, 20)),
        MakeUp(NationalDay, new DateOnly(2026, 10, 10)),
    ];

    public static IReadOnlyList<CalendarExceptionDay> All { get; } = [.. Year2025, .. Year2026];

    private static IEnumerable<CalendarExceptionDay> Break(string name, DateOnly first, DateOnly last)
    {
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            yield return new CalendarExceptionDay(date, CalendarDayKind.Holiday, name);
        }
    }

    private static CalendarExceptionDay MakeUp(string name, DateOnly date) =>
        new(date, CalendarDayKind.MakeUpWorkingDay, name + MakeUpSuffix);
}
