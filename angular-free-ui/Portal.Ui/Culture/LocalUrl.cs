using System.Diagnostics.CodeAnalysis;

namespace Portal.Ui.Culture;

/// <summary>
/// Decides whether a URL given by the visitor stays on this site, so that redirects to it cannot be
/// turned into an open redirect (<c>//evil.example</c>, <c>/\evil.example</c>, <c>https://…</c>).
/// Same rule as ASP.NET Core's <c>IUrlHelper.IsLocalUrl</c>, which is not reachable outside MVC.
/// </summary>
internal static class LocalUrl
{
    public static bool IsLocal([NotNullWhen(true)] string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/')
        {
            return false;
        }

        if (url.Length == 1)
        {
            return true;
        }

        // "//host" and "/\host" are protocol-relative to browsers; control characters can be
        // stripped by a browser to the same effect ("/\t/host").
        return url[1] != '/' && url[1] != '\\' && !url.Any(char.IsControl);
    }
}
