namespace Portal.Host.Tests.Authorization;

/// <summary>Search administration: synonyms, index rebuild.</summary>
// Properties, not fields: static fields of partial files initialise in no guaranteed order.
public sealed partial class AuthorizationMatrixTests
{
    //                                                            anonymous host  bureau adminA staffA adminB clientA hostClient
    private static string[] SearchApiRows =>
    [
    ];

    private static string[] SearchPageRows =>
    [
    ];
}
