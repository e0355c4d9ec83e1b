using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Caching.Hybrid;
using Portal.BuildingBlocks.Http;

namespace Portal.Identity.Oidc.Authorize;

/// <summary>
/// Keeps an authorization request while the person signs in. An app's request is long (PKCE challenge,
/// nonce, the app's own state: often well over a kilobyte), too long to ride through the login form as
/// its return URL. So the login page gets a short one, <c>/connect/resume/{id}</c>, and that sends the
/// browser back to <c>/connect/authorize</c> with the original parameters, where everything is checked
/// again. The parameters are what the browser already had; the id is random (128 bits) and lives 15 minutes
/// in the shared cache (Redis when configured), so any node can resume.
/// </summary>
internal sealed class PendingAuthorizations(HybridCache cache)
{
    public const string ResumePath = "/connect/resume";

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private static readonly HybridCacheEntryOptions Keep = new() { Expiration = Lifetime, LocalCacheExpiration = Lifetime };

    private static readonly HybridCacheEntryOptions ReadOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    /// <summary>Stores the request's query and returns the short local URL that resumes it.</summary>
    public async Task<string> SaveAsync(QueryString query, CancellationToken cancellationToken)
    {
        var id = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
        await cache.SetAsync(Key(id), query.Value ?? "", Keep, cancellationToken: cancellationToken);
        return $"{ResumePath}/{id}";
    }

    /// <summary>The saved query, or null when the id is unknown, expired or malformed.</summary>
    public async Task<string?> FindAsync(string id, CancellationToken cancellationToken) =>
        id.Length is > 0 and <= 32 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? await cache.GetOrCreateAsync<string?>(Key(id), _ => ValueTask.FromResult<string?>(null), ReadOnly, cancellationToken: cancellationToken)
            : null;

    public static void Map(IEndpointRouteBuilder endpoints) => endpoints
        .MapGet(ResumePath + "/{id}", ResumeAsync)
        .AllowAnonymous()
        .ExcludeFromDescription();

    private static async Task<IResult> ResumeAsync(string id, PendingAuthorizations pending, CancellationToken cancellationToken)
    {
        var query = await pending.FindAsync(id, cancellationToken);
        return query is null
            ? PortalResults.Problem(StatusCodes.Status400BadRequest, "The sign-in request has expired; start again from the application.", "oidc.resume.expired")
            : Results.Redirect("/connect/authorize" + query);
    }

    private static string Key(string id) => "oidc:authorize:" + id;
}
