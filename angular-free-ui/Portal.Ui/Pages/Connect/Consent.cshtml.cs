using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Identity.Contracts;

namespace Portal.Ui.Pages.Connect;

/// <summary>
/// <c>/connect/consent</c>: the signed-in person agrees (or not) that an app may act for them. The
/// authorization endpoint sends the browser here with the app's authorization request as the query; the
/// page shows the app's registered name and what it asks for, and posts the same parameters back to
/// <c>/connect/authorize</c> with <c>consent=accept|deny</c> and an antiforgery token. Nothing is decided
/// here: the authorization endpoint checks everything again.
/// </summary>
public sealed class ConsentModel(IConsentPrompts prompts) : PageModel
{
    private static readonly HashSet<string> NotForwarded = new(StringComparer.Ordinal) { "consent", "__RequestVerificationToken" };

    /// <summary>Null when the request names no registered sign-in app with this redirect URI.</summary>
    public ConsentPrompt? Prompt { get; private set; }

    public string? UserName { get; private set; }

    /// <summary>The authorization request's parameters, posted back unchanged.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // A consent page must never be framed by another site (clickjacking a yes).
        Response.Headers.XFrameOptions = "DENY";
        Response.Headers.ContentSecurityPolicy = "frame-ancestors 'none'";
        Response.Headers.CacheControl = "no-store";

        if (User.Identity?.IsAuthenticated != true)
        {
            // The authorization endpoint sends the visitor to the login page and back.
            return LocalRedirect("/connect/authorize" + Request.QueryString);
        }

        UserName = User.FindFirst("preferred_username")?.Value ?? User.Identity.Name;
        Prompt = await prompts.DescribeAsync(
            User, Request.Query["client_id"].ToString(), Request.Query["redirect_uri"].ToString(), Request.Query["scope"].ToString(), cancellationToken);
        if (Prompt is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Fields = [.. Request.Query
            .Where(pair => !NotForwarded.Contains(pair.Key))
            .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string>(pair.Key, value ?? "")))];
        return Page();
    }

    /// <summary>The text key describing a scope (per-permission scopes share one, with the permission's text).</summary>
    public static (string Key, string? Permission) ScopeText(string scope) =>
        scope.StartsWith(OidcScopes.PermissionPrefix, StringComparison.Ordinal) && scope != OidcScopes.Api
            ? ("Scope_permission", scope[OidcScopes.PermissionPrefix.Length..])
            : ("Scope_" + scope, null);
}
