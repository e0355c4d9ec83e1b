using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Audit.Contracts;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Identity.Persistence;

namespace Portal.Identity.Security;

/// <summary>
/// Audits the bad input that is refused before any handler of ours runs, and that otherwise leaves no trace:
/// <list type="bullet">
/// <item><c>security.token-rejected</c>: a request with <c>Authorization: Bearer</c> answered 401 (expired, tampered,
/// revoked or unknown token), with OpenIddict's reason from <c>WWW-Authenticate</c>, the path and the IP; never the token.</item>
/// <item><c>security.open-redirect-refused</c>: an <c>/account</c> page redirected a browser whose <c>ReturnUrl</c> was not
/// local (the page sent it home instead).</item>
/// <item><c>security.antiforgery-failed</c> and <c>security.form-rejected</c>: a form post to <c>/account</c> refused with a
/// 4xx for a missing or wrong antiforgery token, or for being oversized or malformed.</item>
/// </list>
/// Sign-in failures, refused grants and refresh-token reuse are audited where they happen (AccountService, OIDC audit).
/// Entries go to the Identity outbox of a fresh scope (never the request's context, whose unsaved changes must
/// not be committed by a refused request), in the host's log (a refused caller has no trusted prefecture).
/// </summary>
internal sealed class SecurityEventAudit(
    IServiceScopeFactory scopes, IMemoryCache cache, TimeProvider clock, ILogger<SecurityEventAudit> logger)
{
    public const string TokenRejected = "security.token-rejected";
    public const string OpenRedirectRefused = "security.open-redirect-refused";
    public const string AntiforgeryFailed = "security.antiforgery-failed";
    public const string FormRejected = "security.form-rejected";

    /// <summary>
    /// Refused requests come in floods (a scanner, a broken app retrying with an expired token). Each
    /// (action, IP) pair gets at most this many entries per minute on a node; the rest are dropped with a log
    /// line, so a flood costs a few rows a minute instead of one per request. Per node and in memory on purpose:
    /// this protects the database, it is not an exact count (the log and the rate limiter are for that).
    /// </summary>
    public const int MaxPerMinute = 10;

    public async Task RecordAsync(HttpContext http, string action, string? details, CancellationToken cancellationToken)
    {
        var ip = http.Connection.RemoteIpAddress?.ToString();
        if (!Allow(action, ip))
        {
            logger.LogWarning("Dropped the audit entry {Action} for {Ip} on {Path}: more than {Max} a minute", action, ip, http.Request.Path, MaxPerMinute);
            return;
        }

        var actor = http.User.Identity?.IsAuthenticated == true ? AuditActor.FromPrincipal(http.User, ip) : AuditActor.Anonymous(ip);
        var entry = AuditRecordedFactory.Create(
            actor, null, clock.GetUtcNow(), action, "request", Truncate($"{http.Request.Method} {http.Request.Path}", 200),
            outcome: AuditOutcomes.Denied, details: Truncate(details, 500));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(null))
        {
            db.AddIntegrationEvent(entry);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private bool Allow(string action, string? ip)
    {
        // A fixed one-minute window per (action, IP): the minute's number is part of the key.
        var minute = clock.GetUtcNow().ToUnixTimeSeconds() / 60;
        var counter = cache.GetOrCreate($"security-audit:{action}:{ip}:{minute}", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(2);
            entry.Size = 1;
            return new StrongBox<int>();
        })!;
        return Interlocked.Increment(ref counter.Value) <= MaxPerMinute;
    }

    private static string? Truncate(string? value, int length) => value is { Length: > 0 } && value.Length > length ? value[..length] : value;
}

/// <summary>Puts <see cref="SecurityEventMiddleware"/> at the very start of the pipeline: it looks at the final answer.</summary>
internal sealed class SecurityEventStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<SecurityEventMiddleware>();
        next(app);
    };
}

/// <summary>Classifies refused requests after the rest of the pipeline has answered (see <see cref="SecurityEventAudit"/>).</summary>
internal sealed partial class SecurityEventMiddleware(RequestDelegate next, ILogger<SecurityEventMiddleware> logger)
{
    private static readonly PathString Account = new("/account");

    public async Task InvokeAsync(HttpContext http, SecurityEventAudit audit)
    {
        await next(http);
        try
        {
            if (await ClassifyAsync(http) is { } verdict)
            {
                await audit.RecordAsync(http, verdict.Action, verdict.Details, CancellationToken.None);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The answer is already decided; a failed audit write must not turn it into a 500.
            logger.LogError(exception, "Could not audit a refused request to {Path}", http.Request.Path);
        }
    }

    private static async Task<(string Action, string? Details)?> ClassifyAsync(HttpContext http)
    {
        var status = http.Response.StatusCode;
        var request = http.Request;
        if (status == StatusCodes.Status401Unauthorized
            && request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return (SecurityEventAudit.TokenRejected, Reason(http.Response.Headers.WWWAuthenticate.ToString()));
        }

        if (!request.Path.StartsWithSegments(Account, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (status is >= 300 and < 400 && ReturnUrl(http) is { } returnUrl && !IsLocal(returnUrl))
        {
            return (SecurityEventAudit.OpenRedirectRefused, $"ReturnUrl={returnUrl}");
        }

        if (HttpMethods.IsPost(request.Method) && status is >= 400 and < 500
            and not StatusCodes.Status401Unauthorized and not StatusCodes.Status404NotFound)
        {
            return await AntiforgeryFailedAsync(http) ? (SecurityEventAudit.AntiforgeryFailed, $"HTTP {status}") : (SecurityEventAudit.FormRejected, $"HTTP {status}");
        }

        return null;
    }

    /// <summary>True when the post carries no valid antiforgery token (the reason Razor Pages answered 400).</summary>
    private static async Task<bool> AntiforgeryFailedAsync(HttpContext http)
    {
        if (http.Features.Get<IAntiforgeryValidationFeature>() is { } feature)
        {
            return !feature.IsValid;
        }

        // Razor Pages validates on its own (no feature): check again on the form already read, never reading a new one.
        if (!http.Request.HasFormContentType || http.Features.Get<IFormFeature>()?.Form is not { } form)
        {
            return false;
        }

        var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
        var tokens = antiforgery.GetTokens(http);
        var sent = form[tokens.FormFieldName].ToString();
        return string.IsNullOrEmpty(sent) || !await IsValidAsync(antiforgery, http);
    }

    private static async Task<bool> IsValidAsync(IAntiforgery antiforgery, HttpContext http)
    {
        try
        {
            return await antiforgery.IsRequestValidAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    private static string? ReturnUrl(HttpContext http)
    {
        var value = http.Request.Query["ReturnUrl"].ToString();
        if (string.IsNullOrEmpty(value) && http.Request.HasFormContentType && http.Features.Get<IFormFeature>()?.Form is { } form)
        {
            value = form["ReturnUrl"].ToString();
        }

        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>The rule of <c>IUrlHelper.IsLocalUrl</c>: a path from the root, not a scheme-relative or back-slashed one.</summary>
    private static bool IsLocal(string url) => url[0] switch
    {
        '/' => url.Length == 1 || (url[1] != '/' && url[1] != '\\' && !url.Any(char.IsControl)),
        '~' => url.Length > 1 && url[1] == '/' && (url.Length == 2 || (url[2] != '/' && url[2] != '\\')),
        _ => false,
    };

    /// <summary>OpenIddict's <c>error</c> and <c>error_description</c> from the challenge; never the token.</summary>
    private static string Reason(string challenge)
    {
        var error = ErrorPattern().Match(challenge);
        var description = DescriptionPattern().Match(challenge);
        return (error.Success, description.Success) switch
        {
            (true, true) => $"{error.Groups[1].Value}: {description.Groups[1].Value}",
            (true, false) => error.Groups[1].Value,
            _ => "invalid_token",
        };
    }

    [GeneratedRegex("error=\"([^\"]*)\"")]
    private static partial Regex ErrorPattern();

    [GeneratedRegex("error_description=\"([^\"]*)\"")]
    private static partial Regex DescriptionPattern();
}
