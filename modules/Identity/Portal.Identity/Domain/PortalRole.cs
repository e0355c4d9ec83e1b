using Microsoft.AspNetCore.Identity;

namespace Portal.Identity.Domain;

/// <summary>
/// A bundle of permissions (held as <c>permission</c> role claims). The four default roles have no tenant
/// and are shared by every scope they fit (<see cref="DefaultRoles"/>); a custom role belongs to the scope
/// that created it: the host (<see cref="TenantId"/> null, <see cref="IsDefault"/> false) or one prefecture.
/// Its <see cref="IdentityRole{TKey}.Name"/> is an internal unique key, so two prefectures may both call a
/// role “专班”; people see <see cref="DisplayName"/>.
/// </summary>
internal sealed class PortalRole : IdentityRole<Guid>
{
    public const int DisplayNameMaxLength = 60;
    public const int DescriptionMaxLength = 300;

    public PortalRole()
    {
        Id = Guid.CreateVersion7();
    }

    public PortalRole(string name)
        : this()
    {
        Name = name;
    }

    public Guid? TenantId { get; set; }

    /// <summary>Created by the portal (see <see cref="DefaultRoles"/>): cannot be edited or deleted.</summary>
    public bool IsDefault { get; set; }

    public string? DisplayName { get; set; }

    public string? Description { get; set; }

    /// <summary>Whether users of this role belong to a prefecture (false: host staff).</summary>
    public bool ForPrefecture { get; set; }
}
