using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Security;
using Portal.Identity.Contracts.Administration;
using Portal.Identity.Persistence;

namespace Portal.Identity.Users;

/// <summary><see cref="IStaffDirectory"/> over the role claims that carry permissions.</summary>
internal sealed class StaffDirectory(IdentityModuleDbContext db) : IStaffDirectory
{
    public async Task<IReadOnlyList<StaffMember>> ListHoldersAsync(Guid? tenantId, string permission, CancellationToken cancellationToken = default)
    {
        var roleIds = db.RoleClaims
            .Where(claim => claim.ClaimType == PortalClaims.Permission && claim.ClaimValue == permission)
            .Select(claim => claim.RoleId);
        var users = db.Users.AsNoTracking()
            .Where(user => !user.IsDisabled && user.TenantId == tenantId)
            .Where(user => db.UserRoles.Any(link => link.UserId == user.Id && roleIds.Contains(link.RoleId)));
        return await users
            .OrderBy(user => user.UserName)
            .Select(user => new StaffMember(user.Id, user.UserName!, user.DisplayName, user.Email, user.TenantId, user.IsDisabled))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StaffMember>> FindAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default)
    {
        if (userIds.Count == 0)
        {
            return [];
        }

        var ids = userIds.Distinct().ToList();
        return await db.Users.AsNoTracking()
            .Where(user => ids.Contains(user.Id))
            .Select(user => new StaffMember(user.Id, user.UserName!, user.DisplayName, user.Email, user.TenantId, user.IsDisabled))
            .ToListAsync(cancellationToken);
    }
}
