using System.Security.Claims;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Identity.Security;

namespace Portal.Identity.Users;

/// <summary>
/// Who is asking and which users they may see. <c>PortalUser</c> rows carry no query filter (sign-in
/// must find them before a tenant is known), so every read of the user administration goes through
/// <see cref="Confine{T}"/> or <see cref="CanSee"/>: a prefecture caller sees its own prefecture; a host caller
/// sees everyone, or one prefecture when it named one (<c>X-Tenant</c>).
/// </summary>
internal sealed record CallerScope(Guid? OwnTenant, TenantInfo? Current, IReadOnlySet<string> Permissions, string Subject, string? Name)
{
    public bool IsHost => OwnTenant is null;

    public static CallerScope Of(ClaimsPrincipal principal, ICurrentTenant currentTenant, TenantInfo? current) =>
        new(principal.TenantId(), current, principal.PermissionSet(), principal.Subject(),
            principal.FindFirstValue(ClaimTypes.Name) ?? principal.FindFirstValue("name"));

    /// <summary>The single prefecture the caller works in (its own, or the one a host caller named); null: no confinement to one.</summary>
    public Guid? Confinement => OwnTenant ?? Current?.Id;

    public bool CanSee(Guid? userTenant) => Confinement is not { } only || userTenant == only;
}

/// <summary>Reads users only within a caller's scope.</summary>
internal static class UserQueries
{
    public static IQueryable<Domain.PortalUser> Confine(this IQueryable<Domain.PortalUser> users, CallerScope caller) =>
        caller.Confinement is { } only ? users.Where(u => u.TenantId == only) : users;
}
