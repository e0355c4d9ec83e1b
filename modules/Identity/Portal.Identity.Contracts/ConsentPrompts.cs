using System.Security.Claims;

namespace Portal.Identity.Contracts;

/// <summary>
/// What the consent page (<c>/connect/consent</c>, in the UI) may learn about an authorization request
/// before it asks the signed-in person: which application asks, for whom it works, and what it asks
/// for. Implemented by the Identity module's OpenID Connect server; the page never sees a client store.
/// </summary>
public interface IConsentPrompts
{
    /// <summary>
    /// Describes the request, or returns null when the client is unknown, is not a sign-in client, or
    /// does not own <paramref name="redirectUri"/> (the page then shows nothing about it), or when <paramref name="user"/> may not sign in to apps.
    /// </summary>
    Task<ConsentPrompt?> DescribeAsync(
        ClaimsPrincipal user, string clientId, string redirectUri, string? scope, CancellationToken cancellationToken);
}

/// <summary>
/// An application asking a person's consent. <see cref="Scopes"/> are the known scopes it asked for
/// (<see cref="OidcScopes"/>); <see cref="Permissions"/> the permissions the token would carry for
/// this person, already narrowed to what they hold.
/// </summary>
public sealed record ConsentPrompt(
    string ClientId,
    string DisplayName,
    string? TenantSlug,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<string> Permissions);

/// <summary>
/// The scopes the portal's authorization server knows (listed in the discovery document):
/// <list type="bullet">
/// <item><c>openid</c>: an ID token naming the person by <c>sub</c> (their user id).</item>
/// <item><c>profile</c>: <c>name</c> and <c>preferred_username</c> in the ID token and from userinfo.</item>
/// <item><c>email</c>: <c>email</c> in the ID token and from userinfo.</item>
/// <item><c>offline_access</c>: a refresh token (14 days, rotated on each use; reuse revokes the chain).</item>
/// <item><c>portal.api</c>: the portal API with every permission the person holds, confined to their prefecture.</item>
/// <item><c>portal.{permission}</c> (for example <c>portal.reports.read</c>): the portal API with that
/// permission only, if the person holds it; several may be asked for. A machine client may ask for
/// them too, to get a token narrower than its registration.</item>
/// </list>
/// The prefecture (<c>tenant</c>, <c>tenant_slug</c>) is always in the access token of a prefecture's
/// person: a token never leaves its prefecture, whatever scopes it has.
/// </summary>
public static class OidcScopes
{
    public const string OpenId = "openid";
    public const string Profile = "profile";
    public const string Email = "email";
    public const string OfflineAccess = "offline_access";
    public const string Api = "portal.api";
    public const string PermissionPrefix = "portal.";

    /// <summary>The scope that asks for one permission.</summary>
    public static string ForPermission(string permission) => PermissionPrefix + permission;

    /// <summary>Every scope the server accepts, in the order the consent page lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [OpenId, Profile, Email, OfflineAccess, Api, .. Permissions.All.Select(ForPermission)];

    /// <summary>
    /// The permissions a token with these scopes carries for a principal holding <paramref name="held"/>:
    /// all held with <c>portal.api</c>, those named by <c>portal.{permission}</c> scopes otherwise, none
    /// without either. In the stable order of <see cref="Permissions.All"/>.
    /// </summary>
    public static IReadOnlyList<string> PermissionsFor(IEnumerable<string> scopes, IEnumerable<string> held)
    {
        var asked = scopes.ToHashSet(StringComparer.Ordinal);
        var holds = held.ToHashSet(StringComparer.Ordinal);
        return [.. Permissions.All.Where(permission => holds.Contains(permission)
            && (asked.Contains(Api) || asked.Contains(ForPermission(permission))))];
    }
}
