using Microsoft.AspNetCore.Identity;

namespace Portal.Identity.Domain;

/// <summary>
/// A member of staff: of the host (the bureau) when <see cref="TenantId"/> is null, else of one prefecture.
/// Deliberately not <c>IMultiTenant</c>: signing in looks a user up by name before any tenant is known
/// (the login page is shared), and user names are unique across the whole portal. Screens that list or
/// manage users confine themselves to a scope explicitly by <see cref="TenantId"/>.
/// </summary>
internal sealed class PortalUser : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 100;

    public PortalUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    /// <summary>The prefecture this user belongs to; null for host staff. Never changes after creation.</summary>
    public Guid? TenantId { get; set; }

    public string? DisplayName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// A disabled user cannot sign in and loses every session: disabling also renews the security stamp
    /// (cookies die at their next validation) and revokes the user's tokens. Kept apart from lockout,
    /// which expires by itself and is about wrong passwords, not about a decision of an admin.
    /// </summary>
    public bool IsDisabled { get; set; }

    public DateTimeOffset? DisabledAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }
}
