using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Portal.BuildingBlocks.Localization;
using Portal.Ui.Localization;

namespace Portal.Ui.Errors;

/// <summary>
/// Answers errors with a small HTML page instead of problem-details JSON when a person is looking:
/// a browser navigation (<c>Accept: text/html</c>) or an htmx request, outside the machine
/// surfaces (<c>/api</c>, OIDC, health, OpenAPI). Everyone else keeps RFC 9457 JSON from the default
/// writer. It renders from a string, not a Razor view: an error page must not depend on the page
/// pipeline that may be what just failed, and it carries no detail from the request or exception.
/// </summary>
internal sealed class HtmlErrorPageWriter : IProblemDetailsWriter
{
    // Chinese text stays readable in the page source, as in the Razor pages (see PortalUi).
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // The logo of the layout, inline like there, so the error page needs no request of its own.
    private const string BrandMark =
        "<svg class=\"brand-mark\" viewBox=\"0 0 40 40\" aria-hidden=\"true\" focusable=\"false\">"
        + "<rect width=\"40\" height=\"40\" rx=\"9\" fill=\"#0b5d4b\"/><circle cx=\"28\" cy=\"13\" r=\"5\" fill=\"#f2b705\"/>"
        + "<path d=\"M4 31 15 16l7 9 4-5 10 11z\" fill=\"#fff\"/><path d=\"M4 31h32v3a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2z\" fill=\"#2fa37a\"/></svg>";

    // Paths whose callers are programs: they always get problem details, whatever they accept.
    private static readonly PathString[] MachinePaths =
    [
        "/api", "/connect", "/.well-known", "/health", "/openapi", "/api-reference",
    ];

    public bool CanWrite(ProblemDetailsContext context)
    {
        var request = context.HttpContext.Request;
        if (MachinePaths.Any(prefix => request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return request.Headers.ContainsKey("HX-Request") || AcceptsHtml(request);
    }

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var status = context.ProblemDetails.Status ?? http.Response.StatusCode;
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<UiText>>();
        var traceId = Activity.Current?.Id ?? http.TraceIdentifier;

        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsync(Render(status, text, http.Request.PathBase, traceId), http.RequestAborted);
    }

    internal static bool AcceptsHtml(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        return accept.Any(media => media.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)
            && media.Quality is not 0);
    }

    internal static string Render(int status, IStringLocalizer text, PathString pathBase, string traceId)
    {
        var (titleKey, messageKey) = status switch
        {
            StatusCodes.Status401Unauthorized => ("ErrorTitle401", "ErrorText401"),
            StatusCodes.Status403Forbidden => ("ErrorTitle403", "ErrorText403"),
            StatusCodes.Status404NotFound => ("ErrorTitle404", "ErrorText404"),
            >= 500 => ("ErrorTitle500", "ErrorText500"),
            _ => ("ErrorTitleDefault", "ErrorTextDefault"),
        };

        var e = Encoder;
        var lang = PortalCultures.IsEnglish ? PortalCultures.English : PortalCultures.Chinese;
        var home = pathBase.HasValue ? pathBase.Value + "/" : "/";
        var html = new StringBuilder(2048);
        html.Append("<!DOCTYPE html><html lang=\"").Append(lang).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"robots\" content=\"noindex\">")
            .Append("<title>").Append(e.Encode(text[titleKey])).Append(" · ").Append(e.Encode(text["SiteName"])).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"").Append(e.Encode(pathBase + "/_content/Portal.Ui/css/site.css")).Append("\">")
            .Append("</head><body><header class=\"site-header\"><div class=\"container header-inner\">")
            .Append("<a class=\"brand\" href=\"").Append(e.Encode(home)).Append("\">").Append(BrandMark).Append("<span class=\"brand-text\"><span class=\"brand-name\">")
            .Append(e.Encode(text["SiteName"])).Append("</span><span class=\"brand-alt\">").Append(e.Encode(text["SiteNameAlt"]))
            .Append("</span></span></a></div></header>")
            .Append("<main id=\"main\" class=\"container error-page\"><p class=\"error-code\">").Append(status).Append("</p>")
            .Append("<h1>").Append(e.Encode(text[titleKey])).Append("</h1>")
            .Append("<p class=\"lead\">").Append(e.Encode(text[messageKey])).Append("</p>")
            .Append("<p><a class=\"button\" href=\"").Append(e.Encode(home)).Append("\">").Append(e.Encode(text["ErrorBackHome"])).Append("</a></p>")
            .Append("<p class=\"error-trace\">").Append(e.Encode(text["ErrorReference"])).Append(' ').Append("<code>").Append(e.Encode(traceId)).Append("</code></p>")
            .Append("</main></body></html>");
        return html.ToString();
    }
}
