using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Portal.BuildingBlocks.Localization;

namespace Portal.Ui.Culture;

/// <summary>
/// The language switch, without JavaScript: <c>GET /culture?culture=en&amp;returnUrl=/t/qujing</c>
/// saves the choice in ASP.NET Core's culture cookie (read by <see cref="CookieRequestCultureProvider"/>
/// on every later request) and sends the visitor back to the page they were on, only ever a page of
/// this site. A plain <c>?culture=en</c> on any URL still works for one request, for shared links.
/// </summary>
internal static class CultureSwitch
{
    public const string Path = "/culture";
    public const string CultureParameter = "culture";
    public const string ReturnUrlParameter = "returnUrl";

    /// <summary>A year: a language choice is a lasting preference, not a session.</summary>
    private static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(365);

    // The query keys the request-culture providers read: dropped from the return URL, or they
    // would override the choice just saved.
    private static readonly string[] CultureQueryKeys = ["culture", "ui-culture"];

    public static RouteHandlerBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, Switch)
            .AllowAnonymous()
            .ExcludeFromDescription()
            .WithName("Ui.CultureSwitch");

    /// <summary>The link that switches to <paramref name="culture"/> and comes back to the current page.</summary>
    public static string Link(HttpRequest request, string culture)
    {
        var query = QueryString.Create(
        [
            new KeyValuePair<string, string?>(CultureParameter, culture),
            new KeyValuePair<string, string?>(ReturnUrlParameter, ReturnUrl(request)),
        ]);
        return $"{request.PathBase}{Path}{query}";
    }

    /// <summary>The current page, relative to the site, without the culture query keys.</summary>
    public static string ReturnUrl(HttpRequest request)
    {
        var path = $"{request.PathBase}{request.Path}";
        return (path.Length == 0 ? "/" : path) + WithoutCultureKeys(request.QueryString.Value);
    }

    /// <summary>A local URL without the culture query keys; its path and other keys stay as they were.</summary>
    public static string WithoutCultureQuery(string url)
    {
        var fragmentAt = url.IndexOf('#', StringComparison.Ordinal);
        var beforeFragment = fragmentAt < 0 ? url : url[..fragmentAt];
        var queryAt = beforeFragment.IndexOf('?', StringComparison.Ordinal);
        if (queryAt < 0)
        {
            return url;
        }

        var fragment = fragmentAt < 0 ? string.Empty : url[fragmentAt..];
        return beforeFragment[..queryAt] + WithoutCultureKeys(beforeFragment[queryAt..]) + fragment;
    }

    /// <summary>A supported culture by name (case-insensitive), or null.</summary>
    public static CultureInfo? Find(string? name) => string.IsNullOrWhiteSpace(name)
        ? null
        : PortalCultures.Supported.FirstOrDefault(c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    private static IResult Switch(HttpContext context, string? culture, string? returnUrl)
    {
        // An unknown culture changes nothing; the visitor still gets back to where they were.
        if (Find(culture) is { } chosen)
        {
            var request = context.Request;
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions
                {
                    MaxAge = CookieLifetime,
                    Path = request.PathBase.HasValue ? request.PathBase.Value : "/",
                    HttpOnly = true,
                    Secure = request.IsHttps,
                    SameSite = SameSiteMode.Lax,

                    // Remembering the language is what the visitor asked for, not tracking.
                    IsEssential = true,
                });
        }

        context.Response.Headers.CacheControl = "no-store";
        var root = context.Request.PathBase.HasValue ? context.Request.PathBase.Value! : "/";
        return Results.Redirect(LocalUrl.IsLocal(returnUrl) ? WithoutCultureQuery(returnUrl) : root);
    }

    private static QueryString WithoutCultureKeys(string? query) => QueryString.Create(
        QueryHelpers.ParseQuery(query).Where(pair => !CultureQueryKeys.Contains(pair.Key, StringComparer.OrdinalIgnoreCase)));
}
