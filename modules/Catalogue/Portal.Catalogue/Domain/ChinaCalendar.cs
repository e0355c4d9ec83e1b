namespace Portal.Catalogue.Domain;

/// <summary>
/// Policy dates are dates in China. China Standard Time is UTC+8 all year (no daylight saving since
/// 1991), so a fixed offset is exact and needs no time-zone database.
/// </summary>
internal static class ChinaCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
}
