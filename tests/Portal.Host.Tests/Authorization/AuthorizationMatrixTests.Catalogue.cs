namespace Portal.Host.Tests.Authorization;

/// <summary>Catalogue back-office pages beyond parks: policies, projects, and the import page of all three (<c>?items=</c>).</summary>
// Properties, not fields: static fields of partial files initialise in no guaranteed order.
public sealed partial class AuthorizationMatrixTests
{
    //                                                            anonymous host  bureau adminA staffA adminB clientA hostClient
    private static string[] CataloguePageRows =>
    [
        "GET    /admin/policies                          A        login ok  403  ok   403  ok   login login",
        "GET    /admin/policies/edit/{id}                A        login ok  403  ok   403  404  login login",
        "GET    /admin/policies/edit/{id}                B        login ok  403  404  403  ok   login login",
        "GET    /admin/policies/{id}/preview             A        login ok  403  ok   403  404  login login",
        "GET    /admin/policies/{id}/preview             B        login ok  403  404  403  ok   login login",
        "GET    /admin/projects                          A        login ok  403  ok   403  ok   login login",
        "GET    /admin/projects/edit/{id}                A        login ok  403  ok   403  404  login login",
        "GET    /admin/projects/edit/{id}                B        login ok  403  404  403  ok   login login",
        "GET    /admin/projects/{id}/preview             A        login ok  403  ok   403  404  login login",
        "GET    /admin/projects/{id}/preview             B        login ok  403  404  403  ok   login login",
        "GET    /admin/catalogue/import                  A        login ok  403  ok   403  ok   login login",
    ];
}
