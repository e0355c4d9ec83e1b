namespace Portal.Host.Tests.Authorization;

/// <summary>Catalogue back-office pages beyond parks (policies, projects).</summary>
// Properties, not fields: static fields of partial files initialise in no guaranteed order.
public sealed partial class AuthorizationMatrixTests
{
    //                                                            anonymous host  bureau adminA staffA adminB clientA hostClient
    private static string[] CataloguePageRows =>
    [
    ];
}
