using Microsoft.AspNetCore.Identity;

namespace Portal.Identity.Domain;

/// <summary>
/// A bundle of permissions (held as <c>permission</c> role claims). Host roles have no tenant; custom
/// prefecture roles (a later feature) carry the prefecture they belong to.
/// </summary>
internal sealed class PortalRole : IdentityRole<Guid>
{
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
}
