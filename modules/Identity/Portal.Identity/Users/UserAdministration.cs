using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenIddict.Abstractions;
using Portal.Audit.Contracts;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Security;
using Portal.Identity.Account;
using Portal.Identity.Account.Mail;
using Portal.Identity.Contracts;
using Portal.Identity.Contracts.Administration;
using Portal.Identity.Domain;
using Portal.Identity.Localization;
using Portal.Identity.Persistence;
using Portal.Identity.Roles;
using Portal.Identity.Security;

namespace Portal.Identity.Users;

/// <summary>
/// Users and roles within the caller's scope (see <see cref="CallerScope"/>). Rules that hold whatever the
/// entry point (API or page): another scope's user or role is not found; nobody grants a role whose
/// permissions they do not hold themselves; a prefecture role never holds a host-only permission; every
/// change leaves an audit entry committed with it.
/// </summary>
internal sealed partial class UserAdministration(
    IdentityModuleDbContext db,
    UserManager<PortalUser> users,
    RoleManager<PortalRole> roles,
    ICurrentTenant currentTenant,
    ITenantStore tenants,
    IOpenIddictTokenManager tokens,
    IOpenIddictAuthorizationManager authorizations,
    AccountService accounts,
    IdentityAudit audit,
    IStringLocalizer<AccountMessages> text,
    TimeProvider clock) : IUserAdministration
{
    public const int MaxPageSize = 100;
    public const int MaxRoles = 20;
    public const int UserNameMaxLength = 64;
    public const int EmailMaxLength = 256;

    public async Task<UserPage> ListUsersAsync(ClaimsPrincipal caller, UserQuery query, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(caller, cancellationToken);
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var filtered = users.Users.AsNoTracking().Confine(scope);

        if (scope.IsHost && scope.Current is null && !string.IsNullOrWhiteSpace(query.Tenant))
        {
            var slug = query.Tenant.Trim().ToLowerInvariant();
            if (slug == "host")
            {
                filtered = filtered.Where(u => u.TenantId == null);
            }
            else
            {
                var named = await tenants.FindBySlugAsync(slug, cancellationToken);
                var id = named?.Id ?? Guid.Empty;
                filtered = filtered.Where(u => u.TenantId == id);
            }
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            q = q.Length > 100 ? q[..100] : q;
            var upper = q.ToUpperInvariant();
            filtered = filtered.Where(u =>
                u.NormalizedUserName!.Contains(upper) || (u.NormalizedEmail != null && u.NormalizedEmail.Contains(upper))
                || (u.DisplayName != null && u.DisplayName.Contains(q)));
        }

        if (query.Disabled is { } disabled)
        {
            filtered = filtered.Where(u => u.IsDisabled == disabled);
        }

        if (!string.IsNullOrWhiteSpace(query.Role))
        {
            var roleName = query.Role.Trim();
            var roleId = await db.Roles.Where(r => r.Name == roleName).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken) ?? Guid.Empty;
            filtered = filtered.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId));
        }

        var total = await filtered.CountAsync(cancellationToken);
        var rows = await filtered
            .OrderBy(u => u.NormalizedUserName)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        var roleNames = await RoleNamesAsync(rows.Select(u => u.Id), cancellationToken);
        var slugs = await SlugsAsync(rows.Select(u => u.TenantId), cancellationToken);
        var now = clock.GetUtcNow();
        return new UserPage(total, page, pageSize, [.. rows.Select(u => new UserSummary(
            u.Id, u.UserName!, u.DisplayName, u.Email, Slug(slugs, u.TenantId), roleNames.GetValueOrDefault(u.Id, []),
            u.IsDisabled, u.LockoutEnd > now, u.TwoFactorEnabled, u.CreatedAt, u.LastSignInAt))]);
    }

    public async Task<AdminResult<UserDetails>> GetUserAsync(ClaimsPrincipal caller, Guid id, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(caller, cancellationToken);
        var user = await FindAsync(scope, id, cancellationToken);
        return user is null ? NotFound<UserDetails>() : new(AdminStatus.Ok, await DetailsAsync(user, cancellationToken));
    }

    public async Task<AdminResult<UserDetails>> CreateUserAsync(ClaimsPrincipal caller, NewUser request, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(caller, cancellationToken);
        var errors = ValidateUserFields(request.UserName, request.Email, request.DisplayName, request.Roles, requireAll: true);
        if (request.Password is { Length: > AccountService.MaxPasswordLength })
        {
            errors["password"] = [text["PasswordTooLong", AccountService.MaxPasswordLength].Value];
        }

        if (errors.Count > 0)
        {
            return Invalid<UserDetails>(errors);
        }

        var target = await TargetTenantAsync(scope, request.Tenant, cancellationToken);
        if (target.Refusal is { } refusal)
        {
            return Refused<UserDetails>(refusal);
        }

        var granted = await ResolveRolesAsync(scope, target.Tenant?.Id, request.Roles!, "roles", cancellationToken);
        if (granted.Refusal is { } denied)
        {
            return Refused<UserDetails>(denied);
        }

        var user = new PortalUser
        {
            UserName = request.UserName!.Trim(),
            Email = request.Email!.Trim(),
            EmailConfirmed = true,
            DisplayName = Clean(request.DisplayName),
            TenantId = target.Tenant?.Id,
            CreatedAt = clock.GetUtcNow(),
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var invite = string.IsNullOrEmpty(request.Password);
        var created = await users.CreateAsync(user, invite ? Secrets.NewPassword() : request.Password!);
        if (!created.Succeeded)
        {
            return IdentityFailure<UserDetails>(created);
        }

        var added = await users.AddToRolesAsync(user, granted.Roles.Select(r => r.Name!));
        if (!added.Succeeded)
        {
            return IdentityFailure<UserDetails>(added);
        }

        if (invite)
        {
            accounts.QueueMail(user, AccountMailRequested.Invitation);
        }

        audit.Record(IdentityAudit.Actions.UserCreated, AuditOutcomes.Succeeded, user.TenantId, "user", user.Id.ToString(),
            new Dictionary<string, string?>
            {
                ["userName"] = user.UserName,
                ["email"] = user.Email,
                ["displayName"] = user.DisplayName,
                ["roles"] = string.Join(",", granted.Roles.Select(r => r.Name)),
                ["tenant"] = target.Tenant?.Slug,
            });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(AdminStatus.Created, await DetailsAsync(user, cancellationToken));
    }

    public async Task<AdminResult<UserDetails>> UpdateUserAsync(ClaimsPrincipal caller, Guid id, UserChange change, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(caller, cancellationToken);

        // Found first, validated second: another scope's user is a 404 whatever the body says.
        var user = await FindAsync(scope, id, cancellationToken);
        if (user is null)
        {
            return NotFound<UserDetails>();
        }

        var errors = ValidateUserFields(null, change.Email, change.DisplayName, change.Roles, requireAll: false);
        if (errors.Count > 0)
        {
            return Invalid<UserDetails>(errors);
        }

        var changes = new Dictionary<string, string?>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (change.Roles is not null)
        {
            var current = await users.GetRolesAsync(user);
            var wanted = await ResolveRolesAsync(scope, user.TenantId, change.Roles, "roles", cancellationToken);
            if (wanted.Refusal is { } denied)
            {
                return Refused<UserDetails>(denied);
            }

            var wantedNames = wanted.Roles.Select(r => r.Name!).ToList();
            var removed = current.Except(wantedNames, StringComparer.Ordinal).ToList();
            var added = wantedNames.Except(current, StringComparer.Ordinal).ToList();

            // Taking a role away is as strong as giving it: only within the caller's own rights.
            var removedRoles = await db.Roles.Where(r => removed.Contains(r.Name!)).ToListAsync(cancellationToken);
            if (await ExceedsCallerAsync(scope, removedRoles, cancellationToken) is { } tooStrong)
            {
                return Refused<UserDetails>(tooStrong);
            }

            if (id.ToString() == scope.Subject && removed.Count > 0)
            {
                return Refused<UserDetails>(new Refusal(AdminStatus.Conflict, text["CannotChangeOwnRoles"], "user.own-roles"));
            }

            if (removed.Count > 0)
            {
                Check(await users.RemoveFromRolesAsync(user, removed));
            }

            if (added.Count > 0)
            {
                Check(await users.AddToRolesAsync(user, added));
            }

            if (removed.Count > 0 || added.Count > 0)
            {
                changes["roles"] = string.Join(",", wantedNames);
            }
        }

        if (change.DisplayName is not null && Clean(change.DisplayName) != user.DisplayName)
        {
            user.DisplayName = Clean(change.DisplayName);
            changes["displayName"] = user.DisplayName;
        }

        if (change.Email is not null && !string.Equals(change.Email.Trim(), user.Email, StringComparison.OrdinalIgnoreCase))
        {
            var set = await users.SetEmailAsync(user, change.Email.Trim());
            if (!set.Succeeded)
            {
                return IdentityFailure<UserDetails>(set);
            }

            user.EmailConfirmed = true;
            changes["email"] = user.Email;
        }

        if (changes.Count > 0)
        {
            audit.Record(IdentityAudit.Actions.UserUpdated, AuditOutcomes.Succeeded, user.TenantId, "user", user.Id.ToString(), changes);
            Check(await users.UpdateAsync(user));
        }

        await transaction.CommitAsync(cancellationToken);
        return new(AdminStatus.Ok, await DetailsAsync(user, cancellationToken));
    }

    public async Task<AdminResult<UserDetails>> SetDisabledAsync(ClaimsPrincipal caller, Guid id, bool disabled, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(caller, cancellationToken);
        var user = await FindAsync(scope, id, cancellationToken);
        if (user is null)
        {
            return NotFound<UserDetails>();
        }

        if (disabled && id.ToString() == scope.Subject)
        {
            return Refused<UserDetails>(new Refusal(AdminStatus.Conflict, text["CannotDisableSelf"], "user.disable-self"));
        }

        // Disabling someone stronger than oneself would be a way around the rule on granting.
        var userRoles = await RolesOfAsync(user, cancellationToken);
        if (await ExceedsCallerAsync(scope, userRoles, cancellationToken) is { } tooStrong)
        {
            return Refused<UserDetails>(tooStrong);
        }

        if (user.IsDisabled == disabled)
        {
            return new(AdminStatus.Ok, await DetailsAsync(user, cancellationToken));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.IsDisabled = disabled;
        user.DisabledAt = disabled ? clock.GetUtcNow() : null;
        audit.Record(disabled ? IdentityAudit.Actions.UserDisabled : IdentityAudit.Actions.UserEnabled, AuditOutcomes.Succeeded,
            user.TenantId, "user", user.Id.ToString(), new Dictionary<string, string?> { ["disabled"] = disabled ? "true" : "false" });

        // A new stamp makes every cookie of the user fail its next validation: sessions end.
        Check(await users.UpdateSecurityStampAsync(user));
        if (disabled)
        {
            var subject = user.Id.ToString();
            await tokens.RevokeBySubjectAsync(subject, cancellationToken);
            await authorizations.RevokeBySubjectAsync(subject, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new(AdminStatus.Ok, await DetailsAsync(user, cancellationToken));
    }

    public async Task<AdminResult<UserDetails>> ResetPasswordAsync(ClaimsPrincipal caller, Guid id, string? newPassword, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(caller, cancellationToken);
        var user = await FindAsync(scope, id, cancellationToken);
        if (user is null)
        {
            return NotFound<UserDetails>();
        }

        if (newPassword is { Length: > AccountService.MaxPasswordLength })
        {
            return Invalid<UserDetails>(new() { ["password"] = [text["PasswordTooLong", AccountService.MaxPasswordLength].Value] });
        }

        if (await ExceedsCallerAsync(scope, await RolesOfAsync(user, cancellationToken), cancellationToken) is { } tooStrong)
        {
            return Refused<UserDetails>(tooStrong);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (string.IsNullOrEmpty(newPassword))
        {
            if (string.IsNullOrWhiteSpace(user.Email))
            {
                return Invalid<UserDetails>(new() { ["password"] = [text["NoEmailForReset"].Value] });
            }

            accounts.QueueMail(user, AccountMailRequested.Reset);
            audit.Record(IdentityAudit.Actions.PasswordReset, AuditOutcomes.Succeeded, user.TenantId, "user", user.Id.ToString(), details: "reset mail sent by an admin");
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var reset = await users.ResetPasswordAsync(user, token, newPassword);
            if (!reset.Succeeded)
            {
                return Invalid<UserDetails>(IdentityErrors(reset, "password"));
            }

            await users.SetLockoutEndDateAsync(user, null);
            audit.Record(IdentityAudit.Actions.PasswordReset, AuditOutcomes.Succeeded, user.TenantId, "user", user.Id.ToString(), details: "set by an admin");
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new(AdminStatus.Ok, await DetailsAsync(user, cancellationToken));
    }

    // ----- helpers -----

    internal sealed record Refusal(AdminStatus Status, string Detail, string Code, Dictionary<string, string[]>? Errors = null);

    internal async Task<CallerScope> ScopeAsync(ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var current = currentTenant.Id is { } id ? await tenants.FindByIdAsync(id, cancellationToken) : null;
        return CallerScope.Of(caller, currentTenant, current);
    }

    private async Task<PortalUser?> FindAsync(CallerScope scope, Guid id, CancellationToken cancellationToken) =>
        await users.Users.Confine(scope).FirstOrDefaultAsync(u => u.Id == id, cancellationToken);

    /// <summary>Where a new user (or role) goes: the caller's own prefecture, or the one a host caller names.</summary>
    internal async Task<(TenantInfo? Tenant, Refusal? Refusal)> TargetTenantAsync(CallerScope scope, string? requested, CancellationToken cancellationToken)
    {
        var slug = requested?.Trim().ToLowerInvariant();
        if (!scope.IsHost)
        {
            var own = scope.Current ?? await tenants.FindByIdAsync(scope.OwnTenant!.Value, cancellationToken);
            return string.IsNullOrEmpty(slug) || slug == own?.Slug
                ? (own, null)
                : (null, new Refusal(AdminStatus.Forbidden, text["OtherTenantForbidden"], "user.other-tenant"));
        }

        if (string.IsNullOrEmpty(slug))
        {
            return (scope.Current, null);
        }

        if (scope.Current is { } current)
        {
            return slug == current.Slug
                ? (current, null)
                : (null, new Refusal(AdminStatus.Invalid, text["TenantHeaderMismatch"], "validation", new() { ["tenant"] = [text["TenantHeaderMismatch"].Value] }));
        }

        if (slug == "host")
        {
            return (null, null);
        }

        var named = await tenants.FindBySlugAsync(slug, cancellationToken);
        return named is { IsActive: true }
            ? (named, null)
            : (null, new Refusal(AdminStatus.Invalid, text["TenantUnknown", slug], "validation", new() { ["tenant"] = [text["TenantUnknown", slug].Value] }));
    }

    /// <summary>The roles named, each one fitting the target scope and within the caller's own rights.</summary>
    internal async Task<(List<PortalRole> Roles, Refusal? Refusal)> ResolveRolesAsync(
        CallerScope scope, Guid? targetTenant, IReadOnlyList<string> names, string field, CancellationToken cancellationToken)
    {
        var distinct = names.Select(n => n.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var found = await db.Roles.Where(r => distinct.Contains(r.Name!)).ToListAsync(cancellationToken);
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < distinct.Count; i++)
        {
            var role = found.Find(r => r.Name == distinct[i]);
            if (role is null || !Fits(role, targetTenant))
            {
                errors[$"{field}[{i}]"] = [text["RoleUnknown", distinct[i]].Value];
            }
        }

        if (errors.Count > 0)
        {
            return ([], new Refusal(AdminStatus.Invalid, text["RoleUnknown", ""], "validation", errors));
        }

        return await ExceedsCallerAsync(scope, found, cancellationToken) is { } tooStrong ? ([], tooStrong) : (found, null);
    }

    /// <summary>A default role fits the kind of scope it is made for; a custom role only its own scope.</summary>
    internal static bool Fits(PortalRole role, Guid? tenant) => role.IsDefault
        ? role.ForPrefecture == (tenant is not null)
        : role.TenantId == tenant && role.ForPrefecture == (tenant is not null);

    /// <summary>A refusal when any of <paramref name="roles"/> holds a permission the caller lacks.</summary>
    internal async Task<Refusal?> ExceedsCallerAsync(CallerScope scope, IReadOnlyCollection<PortalRole> roleList, CancellationToken cancellationToken)
    {
        if (roleList.Count == 0)
        {
            return null;
        }

        var ids = roleList.Select(r => r.Id).ToList();
        var permissions = await db.RoleClaims
            .Where(c => ids.Contains(c.RoleId) && c.ClaimType == PortalClaims.Permission)
            .Select(c => c.ClaimValue!)
            .Distinct()
            .ToListAsync(cancellationToken);
        var notHeld = permissions.Where(p => !scope.Permissions.Contains(p)).Order(StringComparer.Ordinal).ToList();
        return notHeld.Count == 0
            ? null
            : new Refusal(AdminStatus.Forbidden, text["PermissionNotHeld", string.Join(", ", notHeld)], "user.permission-not-held");
    }

    private async Task<List<PortalRole>> RolesOfAsync(PortalUser user, CancellationToken cancellationToken) =>
        await db.Roles.Where(r => db.UserRoles.Any(ur => ur.UserId == user.Id && ur.RoleId == r.Id)).ToListAsync(cancellationToken);

    private async Task<UserDetails> DetailsAsync(PortalUser user, CancellationToken cancellationToken)
    {
        var roleList = await RolesOfAsync(user, cancellationToken);
        var ids = roleList.Select(r => r.Id).ToList();
        var held = await db.RoleClaims.Where(c => ids.Contains(c.RoleId) && c.ClaimType == PortalClaims.Permission)
            .Select(c => c.ClaimValue!).Distinct().ToListAsync(cancellationToken);
        var allowed = user.TenantId is null ? Permissions.All : Permissions.All.Except(Permissions.HostOnly, StringComparer.Ordinal);
        var slug = user.TenantId is { } t ? (await tenants.FindByIdAsync(t, cancellationToken))?.Slug : null;
        return new UserDetails(
            user.Id, user.UserName!, user.DisplayName, user.Email, slug, [.. roleList.Select(r => r.Name!).Order(StringComparer.Ordinal)],
            [.. allowed.Where(held.Contains)], user.IsDisabled, user.LockoutEnd > clock.GetUtcNow(), user.TwoFactorEnabled,
            user.CreatedAt, user.LastSignInAt);
    }

    private async Task<Dictionary<Guid, IReadOnlyList<string>>> RoleNamesAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.ToList();
        var pairs = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        return pairs.GroupBy(p => p.UserId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => p.Name!).Order(StringComparer.Ordinal)]);
    }

    private async Task<Dictionary<Guid, string>> SlugsAsync(IEnumerable<Guid?> tenantIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<Guid, string>();
        foreach (var id in tenantIds.OfType<Guid>().Distinct())
        {
            if (await tenants.FindByIdAsync(id, cancellationToken) is { } tenant)
            {
                result[id] = tenant.Slug;
            }
        }

        return result;
    }

    private static string? Slug(Dictionary<Guid, string> slugs, Guid? tenant) => tenant is { } id ? slugs.GetValueOrDefault(id) : null;

    private Dictionary<string, string[]> ValidateUserFields(
        string? userName, string? email, string? displayName, IReadOnlyList<string>? roleNames, bool requireAll)
    {
        var errors = new Dictionary<string, string[]>();
        if (requireAll)
        {
            var name = userName?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                errors["userName"] = [text["UserNameRequired"].Value];
            }
            else if (name.Length > UserNameMaxLength || !UserNamePattern().IsMatch(name))
            {
                errors["userName"] = [text["UserNameInvalid", UserNameMaxLength].Value];
            }
        }

        if (requireAll || email is not null)
        {
            var address = email?.Trim();
            if (string.IsNullOrEmpty(address))
            {
                errors["email"] = [text["EmailRequired"].Value];
            }
            else if (address.Length > EmailMaxLength || !System.Net.Mail.MailAddress.TryCreate(address, out var parsed) || parsed.Address != address)
            {
                errors["email"] = [text["EmailInvalid"].Value];
            }
        }

        if (displayName is { } shown && shown.Trim().Length > PortalUser.DisplayNameMaxLength)
        {
            errors["displayName"] = [text["DisplayNameTooLong", PortalUser.DisplayNameMaxLength].Value];
        }

        if (requireAll && roleNames is not { Count: > 0 })
        {
            errors["roles"] = [text["RolesRequired"].Value];
        }
        else if (roleNames is { Count: > MaxRoles })
        {
            errors["roles"] = [text["RolesTooMany", MaxRoles].Value];
        }
        else if (roleNames is not null)
        {
            for (var i = 0; i < roleNames.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(roleNames[i]) || roleNames[i].Length > 256)
                {
                    errors[$"roles[{i}]"] = [text["RoleUnknown", roleNames[i] ?? "null"].Value];
                }
            }
        }

        return errors;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    internal static AdminResult<T> NotFound<T>() => new(AdminStatus.NotFound, default);

    internal static AdminResult<T> Invalid<T>(Dictionary<string, string[]> errors) => new(AdminStatus.Invalid, default, errors);

    internal static AdminResult<T> Refused<T>(Refusal refusal) => new(refusal.Status, default, refusal.Errors, refusal.Detail, refusal.Code);

    private AdminResult<T> IdentityFailure<T>(IdentityResult result)
    {
        var duplicate = result.Errors.FirstOrDefault(e =>
            e.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail));
        return duplicate is not null
            ? new(AdminStatus.Conflict, default, IdentityErrors(result, "userName"), duplicate.Description,
                duplicate.Code == nameof(IdentityErrorDescriber.DuplicateEmail) ? "user.email-taken" : "user.name-taken")
            : Invalid<T>(IdentityErrors(result, "password"));
    }

    private static Dictionary<string, string[]> IdentityErrors(IdentityResult result, string defaultField) =>
        result.Errors
            .GroupBy(e => e.Code switch
            {
                nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName) => "userName",
                nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.InvalidEmail) => "email",
                _ when e.Code.StartsWith("Password", StringComparison.Ordinal) => "password",
                _ => defaultField,
            })
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._@+-]*$")]
    private static partial System.Text.RegularExpressions.Regex UserNamePattern();
}
