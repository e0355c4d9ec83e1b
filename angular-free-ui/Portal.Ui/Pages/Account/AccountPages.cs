using Microsoft.AspNetCore.Mvc;

namespace Portal.Ui.Pages.Account;

/// <summary>Rules the sign-in pages share.</summary>
internal static class AccountPages
{
    /// <summary>Longer fields are not typed by a person: the post is refused (400) without looking further.</summary>
    public const int MaxFieldLength = 256;

    public const string DefaultReturnUrl = "/admin";

    /// <summary>
    /// Where to go after signing in: the given URL only when it stays on this site (<c>IsLocalUrl</c> refuses
    /// <c>//evil.example</c>, <c>/\evil.example</c> and absolute URLs), the back office when none was given,
    /// and the home page when one was given that is not ours.
    /// </summary>
    public static string SafeReturnUrl(IUrlHelper url, string? returnUrl) =>
        string.IsNullOrEmpty(returnUrl) ? DefaultReturnUrl
        : url.IsLocalUrl(returnUrl) ? returnUrl
        : "/";

    public static bool TooLong(params string?[] values) => values.Any(value => value is { Length: > MaxFieldLength });
}
