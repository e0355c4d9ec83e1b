namespace Portal.Host.Tests.Authorization;

/// <summary>
/// The inquiry desk's pages: everyone in the matrix who signs in holds <c>inquiries.work</c> (the bureau also
/// <c>inquiries.route</c>), so the inbox and "record" open for all of them; an inquiry routed to prefecture A is a
/// 404 for prefecture B's people and the other way round, never a 403 that would reveal it exists.
/// </summary>
// Properties, not fields: static fields of partial files initialise in no guaranteed order.
public sealed partial class AuthorizationMatrixTests
{
    //                                                            anonymous host  bureau adminA staffA adminB clientA hostClient
    private static string[] InquiryBackOfficePageRows =>
    [
        "GET    /admin/inquiries                         A        login ok  ok   ok   ok   ok   login login",
        "GET    /admin/inquiries/new                     A        login ok  ok   ok   ok   ok   login login",
        "GET    /admin/inquiries/{id}                    A        login ok  ok   ok   ok   404  login login",
        "GET    /admin/inquiries/{id}                    B        login ok  ok   404  404  ok   login login",
    ];
}
