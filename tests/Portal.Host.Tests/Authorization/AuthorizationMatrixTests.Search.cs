namespace Portal.Host.Tests.Authorization;

/// <summary>Search administration: synonyms, index rebuild.</summary>
// Properties, not fields: static fields of partial files initialise in no guaranteed order.
public sealed partial class AuthorizationMatrixTests
{
    //                                                            anonymous host  bureau adminA staffA adminB clientA hostClient
    private static string[] SearchApiRows =>
    [
        "GET    /api/admin/search/rebuild                A        401  ok   403  403  403  403  403  ok",
        "POST   /api/admin/search/rebuild                A        401  ok   403  403  403  403  403  ok",
        "GET    /api/admin/search/synonyms               A        401  ok   403  403  403  403  403  ok",
        "PUT    /api/admin/search/synonyms               A        401  ok   403  403  403  403  403  ok",
    ];

    private static string[] SearchPageRows =>
    [
    ];
}
