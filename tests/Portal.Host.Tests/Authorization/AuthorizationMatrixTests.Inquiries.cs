namespace Portal.Host.Tests.Authorization;

/// <summary>Inquiries: the bureau's inbox and the prefectures' cases.</summary>
// Properties, not fields: static fields of partial files initialise in no guaranteed order.
public sealed partial class AuthorizationMatrixTests
{
    //                                                            anonymous host  bureau adminA staffA adminB clientA hostClient
    private static string[] InquiryApiRows =>
    [
    ];

    private static string[] InquiryPageRows =>
    [
    ];

    /// <summary>A fresh item for routes under <c>/api/admin/{area}/{id}</c> of the inquiries area; null for other areas.</summary>
    private static Task<string?> ResolveInquiryIdAsync(string area, HttpClient host, string slug)
    {
        _ = host;
        _ = slug;
        return Task.FromResult<string?>(area switch
        {
            _ => null,
        });
    }
}
