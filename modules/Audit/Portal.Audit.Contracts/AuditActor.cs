using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Portal.Audit.Contracts;

/// <summary>
/// Who did something, as the audit log records it: <see cref="Id"/> is the user id or the client id
/// (the <c>sub</c> claim), <see cref="Kind"/> one of <see cref="ActorKinds"/>.
/// </summary>
public sealed record AuditActor(string? Id, string? Name, string Kind, string? IpAddress)
{
    private const string SubjectClaim = "sub";
    private const string NameClaim = "name";
    private const string PreferredUserNameClaim = "preferred_username";
    private const string ClientIdClaim = "client_id";
    private const string AuthorizedPartyClaim = "azp";

    /// <summary>The caller of the current request: a signed-in user, a machine client, or anonymous.</summary>
    public static AuditActor FromHttp(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return FromPrincipal(http.User, http.Connection.RemoteIpAddress?.ToString());
    }

    /// <summary>
    /// A principal as an actor. A token whose subject is its own client id (client credentials) is a
    /// client; any other authenticated principal is a user; no principal is anonymous.
    /// </summary>
    public static AuditActor FromPrincipal(ClaimsPrincipal? principal, string? ipAddress)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return Anonymous(ipAddress);
        }

        var id = principal.FindFirstValue(SubjectClaim) ?? principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = principal.FindFirstValue(NameClaim)
            ?? principal.FindFirstValue(ClaimTypes.Name)
            ?? principal.FindFirstValue(PreferredUserNameClaim)
            ?? principal.Identity?.Name;
        var clientId = principal.FindFirstValue(ClientIdClaim) ?? principal.FindFirstValue(AuthorizedPartyClaim);
        var isClient = id is not null && string.Equals(id, clientId, StringComparison.Ordinal);
        return new AuditActor(id, name, isClient ? ActorKinds.Client : ActorKinds.User, ipAddress);
    }

    /// <summary>Nobody signed in, e.g. a refused sign-in; <paramref name="attemptedName"/> is what they typed.</summary>
    public static AuditActor Anonymous(string? ipAddress, string? attemptedName = null) =>
        new(null, attemptedName, ActorKinds.Anonymous, ipAddress);

    /// <summary>The portal itself (seeding, background jobs), named by the job.</summary>
    public static AuditActor System(string name) => new(null, name, ActorKinds.System, null);

    /// <summary>A user or client known by id, e.g. at sign-in before the cookie exists.</summary>
    public static AuditActor Known(string id, string? name, string kind, string? ipAddress) => new(id, name, kind, ipAddress);
}
