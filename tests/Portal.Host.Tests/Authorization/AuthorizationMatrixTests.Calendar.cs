namespace Portal.Host.Tests.Authorization;

/// <summary>
/// The working calendar: host data kept with the host-only <c>taxonomy.manage</c> permission, so the host
/// admin and the host client pass and everyone else is refused, whichever prefecture is named.
/// </summary>
// Properties, not fields: static fields of partial files initialise in no guaranteed order.
public sealed partial class AuthorizationMatrixTests
{
    /// <summary>The year the matrix's PUT cells name; their empty body is a 400 that changes nothing.</summary>
    private const string CalendarMatrixYear = "2040";

    //                                                            anonymous host  bureau adminA staffA adminB clientA hostClient
    private static string[] CalendarApiRows =>
    [
        "GET    /api/admin/calendar                      A        401  ok   403  403  403  403  403  ok",
        "GET    /api/admin/calendar                      B        401  ok   403  403  403  403  403  ok",
        "PUT    /api/admin/calendar/{year}               A        401  ok   403  403  403  403  403  ok",
        "PUT    /api/admin/calendar/{year}               B        401  ok   403  403  403  403  403  ok",
    ];

    private static string[] CalendarPageRows =>
    [
        "GET    /admin/calendar                          A        login ok  403  403  403  403  login login",
        "GET    /admin/calendar                          B        login ok  403  403  403  403  login login",
    ];

    /// <summary>The calendar's routes name a year, not an item: null for every other route.</summary>
    private static string? ResolveCalendarRoute(string route) =>
        route.Contains("{year}", StringComparison.Ordinal) ? route.Replace("{year}", CalendarMatrixYear, StringComparison.Ordinal) : null;
}
