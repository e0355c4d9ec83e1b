using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Audit.Contracts;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Security;
using Portal.Identity.Account;
using Portal.Identity.Contracts;
using Portal.Identity.Contracts.Administration;
using Portal.Identity.Domain;

// The role half of the administration facade: same class (same scope and granting rules), own file.
namespace Portal.Identity.Users;

internal sealed partial class UserAdministration
{
    public const int MaxPermissions = 50;

    public async Task<IReadOnlyList<RoleDetails>> ListRolesAsync(ClaimsPrincipal caller, string? tenant = null, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(caller, cancellationToken);
        var target = await TargetTenantAsync(scope, tenant, cancellationToken);
        if (target.Refusal is not null)
        {
            return [];
        }

        var targetId = target.Tenant?.Id;
        var candidates = await db.Roles.AsNoTracking().Where(r => r.IsDefault || r.TenantId == targetId).ToListAsync(cancellationToken);
        var visible = candidates.Where(r => Fits(r, targetId)).ToList();
        return await RoleDetailsAsync(visible, target.Tenant?.Slug, cancellationToken);
    }

    public async Task<AdminResult<RoleDetails>> GetRoleAsync(ClaimsPrincipal caller, Guid id, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(caller, cancellationToken);
        var role = await VisibleRoleAsync(scope, id, cancellationToken);
        return role is null ? NotFound<RoleDetails>() : new(AdminStatus.Ok, (await RoleDetailsAsync([role], await SlugOfAsync(role), cancellationToken))[0]);
    }

    public async Task<AdminResult<RoleDetails>> CreateRoleAsync(ClaimsPrincipal caller, RoleDraft draft, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(caller, cancellationToken);
        if (ValidateRole(draft) is { Count: > 0 } errors)
        {
            return Invalid<RoleDetails>(errors);
        }

        var target = await TargetTenantAsync(scope, draft.Tenant, cancellationToken);
        if (target.Refusal is { } refusal)
        {
            return Refused<RoleDetails>(refusal);
        }

        var permissions = draft.Permissions!.Distinct(StringComparer.Ordinal).ToList();
        if (CheckGrant(scope, target.Tenant?.Id, permissions) is { } denied)
        {
            return Refused<RoleDetails>(denied);
        }

        var displayName = draft.DisplayName!.Trim();
        if (await NameTakenAsync(target.Tenant?.Id, displayName, null, cancellationToken))
        {
            return Refused<RoleDetails>(new Refusal(AdminStatus.Conflict, text["RoleNameTaken", displayName], "role.name-taken"));
        }

        var role = new PortalRole($"custom-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}")
        {
            TenantId = target.Tenant?.Id,
            ForPrefecture = target.Tenant is not null,
            DisplayName = displayName,
            Description = string.IsNullOrWhiteSpace(draft.Description) ? null : draft.Description.Trim(),
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Check(await roles.CreateAsync(role));
        foreach (var permission in Permissions.All.Where(permissions.Contains))
        {
            db.RoleClaims.Add(new IdentityRoleClaim<Guid> { RoleId = role.Id, ClaimType = PortalClaims.Permission, ClaimValue = permission });
        }

        audit.Record(IdentityAudit.Actions.RoleCreated, AuditOutcomes.Succeeded, role.TenantId, "role", role.Name,
            new Dictionary<string, string?> { ["displayName"] = role.DisplayName, ["permissions"] = string.Join(",", permissions.Order(StringComparer.Ordinal)) });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(AdminStatus.Created, (await RoleDetailsAsync([role], target.Tenant?.Slug, cancellationToken))[0]);
    }

    public async Task<AdminResult<RoleDetails>> UpdateRoleAsync(ClaimsPrincipal caller, Guid id, RoleDraft draft, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(caller, cancellationToken);

        // Found first, validated second: another scope's role is a 404 whatever the body says.
        var role = await VisibleRoleAsync(scope, id, cancellationToken);
        if (role is null)
        {
            return NotFound<RoleDetails>();
        }

        if (ValidateRole(draft) is { Count: > 0 } errors)
        {
            return Invalid<RoleDetails>(errors);
        }

        if (role.IsDefault)
        {
            return Refused<RoleDetails>(new Refusal(AdminStatus.Conflict, text["RoleDefaultReadOnly"], "role.default"));
        }

        var permissions = draft.Permissions!.Distinct(StringComparer.Ordinal).ToList();
        var existing = await db.RoleClaims.Where(c => c.RoleId == role.Id && c.ClaimType == PortalClaims.Permission).ToListAsync(cancellationToken);

        // The caller must hold what it adds and what it takes away.
        var touched = permissions.Union(existing.Select(c => c.ClaimValue!), StringComparer.Ordinal).ToList();
        if (CheckGrant(scope, role.TenantId, touched) is { } denied)
        {
            return Refused<RoleDetails>(denied);
        }

        var displayName = draft.DisplayName!.Trim();
        if (await NameTakenAsync(role.TenantId, displayName, role.Id, cancellationToken))
        {
            return Refused<RoleDetails>(new Refusal(AdminStatus.Conflict, text["RoleNameTaken", displayName], "role.name-taken"));
        }

        var changes = new Dictionary<string, string?>();
        if (role.DisplayName != displayName)
        {
            changes["displayName"] = displayName;
            role.DisplayName = displayName;
        }

        var description = string.IsNullOrWhiteSpace(draft.Description) ? null : draft.Description.Trim();
        if (role.Description != description)
        {
            changes["description"] = description;
            role.Description = description;
        }

        var before = existing.Select(c => c.ClaimValue!).ToHashSet(StringComparer.Ordinal);
        if (!before.SetEquals(permissions))
        {
            db.RoleClaims.RemoveRange(existing.Where(c => !permissions.Contains(c.ClaimValue!)));
            foreach (var added in permissions.Where(p => !before.Contains(p)))
            {
                db.RoleClaims.Add(new IdentityRoleClaim<Guid> { RoleId = role.Id, ClaimType = PortalClaims.Permission, ClaimValue = added });
            }

            changes["permissions"] = string.Join(",", permissions.Order(StringComparer.Ordinal));
        }

        if (changes.Count > 0)
        {
            audit.Record(IdentityAudit.Actions.RoleUpdated, AuditOutcomes.Succeeded, role.TenantId, "role", role.Name, changes);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new(AdminStatus.Ok, (await RoleDetailsAsync([role], await SlugOfAsync(role), cancellationToken))[0]);
    }

    public async Task<AdminResult<RoleDetails>> DeleteRoleAsync(ClaimsPrincipal caller, Guid id, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(caller, cancellationToken);
        var role = await VisibleRoleAsync(scope, id, cancellationToken);
        if (role is null)
        {
            return NotFound<RoleDetails>();
        }

        if (role.IsDefault)
        {
            return Refused<RoleDetails>(new Refusal(AdminStatus.Conflict, text["RoleDefaultReadOnly"], "role.default"));
        }

        if (await db.UserRoles.AnyAsync(ur => ur.RoleId == role.Id, cancellationToken))
        {
            return Refused<RoleDetails>(new Refusal(AdminStatus.Conflict, text["RoleInUse"], "role.in-use"));
        }

        var held = await db.RoleClaims.Where(c => c.RoleId == role.Id && c.ClaimType == PortalClaims.Permission)
            .Select(c => c.ClaimValue!).ToListAsync(cancellationToken);
        if (CheckGrant(scope, role.TenantId, held) is { } denied)
        {
            return Refused<RoleDetails>(denied);
        }

        audit.Record(IdentityAudit.Actions.RoleDeleted, AuditOutcomes.Succeeded, role.TenantId, "role", role.Name,
            new Dictionary<string, string?> { ["displayName"] = role.DisplayName });
        Check(await roles.DeleteAsync(role));
        return new(AdminStatus.Ok, null);
    }

    /// <summary>A custom role of the caller's scope, or a default role; another scope's role is not found.</summary>
    private async Task<PortalRole?> VisibleRoleAsync(CallerScope scope, Guid id, CancellationToken cancellationToken)
    {
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return role switch
        {
            null => null,
            { IsDefault: true } when scope.IsHost || role.ForPrefecture => role,
            { IsDefault: false } when role.TenantId == scope.Confinement || (scope.IsHost && scope.Current is null && role.TenantId is null) => role,
            _ => null,
        };
    }

    private Refusal? CheckGrant(CallerScope scope, Guid? targetTenant, IReadOnlyCollection<string> permissions)
    {
        if (targetTenant is not null)
        {
            var hostOnly = permissions.Where(p => Permissions.HostOnly.Contains(p, StringComparer.Ordinal)).ToList();
            if (hostOnly.Count > 0)
            {
                var errors = new Dictionary<string, string[]> { ["permissions"] = [.. hostOnly.Select(p => text["PermissionHostOnly", p].Value)] };
                return new Refusal(AdminStatus.Invalid, text["PermissionHostOnly", hostOnly[0]], "validation", errors);
            }
        }

        var notHeld = permissions.Where(p => !scope.Permissions.Contains(p)).Order(StringComparer.Ordinal).ToList();
        return notHeld.Count == 0
            ? null
            : new Refusal(AdminStatus.Forbidden, text["PermissionNotHeld", string.Join(", ", notHeld)], "role.permission-not-held");
    }

    private Dictionary<string, string[]> ValidateRole(RoleDraft draft)
    {
        var errors = new Dictionary<string, string[]>();
        var name = draft.DisplayName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors["displayName"] = [text["RoleNameRequired"].Value];
        }
        else if (name.Length > PortalRole.DisplayNameMaxLength)
        {
            errors["displayName"] = [text["DisplayNameTooLong", PortalRole.DisplayNameMaxLength].Value];
        }

        if (draft.Description is { Length: > PortalRole.DescriptionMaxLength })
        {
            errors["description"] = [text["DescriptionTooLong", PortalRole.DescriptionMaxLength].Value];
        }

        if (draft.Permissions is null)
        {
            errors["permissions"] = [text["PermissionsRequired"].Value];
        }
        else if (draft.Permissions.Count > MaxPermissions)
        {
            errors["permissions"] = [text["PermissionsTooMany", MaxPermissions].Value];
        }
        else
        {
            for (var i = 0; i < draft.Permissions.Count; i++)
            {
                if (draft.Permissions[i] is not { } permission || !Permissions.IsKnown(permission))
                {
                    errors[$"permissions[{i}]"] = [text["PermissionUnknown", draft.Permissions[i] ?? "null"].Value];
                }
            }
        }

        return errors;
    }

    private async Task<bool> NameTakenAsync(Guid? tenant, string displayName, Guid? except, CancellationToken cancellationToken) =>
        await db.Roles.AnyAsync(r => !r.IsDefault && r.TenantId == tenant && r.DisplayName == displayName && r.Id != except, cancellationToken);

    private async Task<string?> SlugOfAsync(PortalRole role) =>
        role.TenantId is { } id ? (await tenants.FindByIdAsync(id))?.Slug : null;

    private async Task<IReadOnlyList<RoleDetails>> RoleDetailsAsync(IReadOnlyList<PortalRole> list, string? slug, CancellationToken cancellationToken)
    {
        var ids = list.Select(r => r.Id).ToList();
        var claims = await db.RoleClaims.AsNoTracking().Where(c => ids.Contains(c.RoleId) && c.ClaimType == PortalClaims.Permission)
            .Select(c => new { c.RoleId, c.ClaimValue }).ToListAsync(cancellationToken);
        // Default roles are shared by every prefecture: count only the users of the scope being looked at.
        var tenantId = slug is null ? null : (await tenants.FindBySlugAsync(slug, cancellationToken))?.Id;
        var counts = await (from ur in db.UserRoles
                            join u in db.Users on ur.UserId equals u.Id
                            where ids.Contains(ur.RoleId) && u.TenantId == tenantId
                            group ur by ur.RoleId into g
                            select new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return [.. list
            .OrderBy(r => r.IsDefault ? 0 : 1)
            .ThenBy(r => DefaultRoles.All.ToList().FindIndex(d => d.Name == r.Name))
            .ThenBy(r => r.DisplayName, StringComparer.Ordinal)
            .Select(r => new RoleDetails(
                r.Id, r.Name!, r.DisplayName ?? r.Name!, r.Description, slug, r.IsDefault, r.ForPrefecture,
                [.. Permissions.All.Where(p => claims.Exists(c => c.RoleId == r.Id && c.ClaimValue == p))],
                counts.Find(c => c.Key == r.Id)?.Count ?? 0))];
    }
}
