using System.Security.Claims;

namespace Portal.Identity.Contracts.Administration;

/// <summary>
/// User and role management within the caller's scope, shared by <c>/api/admin/users</c>,
/// <c>/api/admin/roles</c> and the back-office pages. The caller is the principal of the request: a
/// prefecture admin sees and changes its own prefecture only (another prefecture's user or role is
/// <see cref="AdminStatus.NotFound"/>), the host sees everyone and picks a prefecture by slug.
/// </summary>
public interface IUserAdministration
{
    Task<UserPage> ListUsersAsync(ClaimsPrincipal caller, UserQuery query, CancellationToken cancellationToken = default);

    Task<AdminResult<UserDetails>> GetUserAsync(ClaimsPrincipal caller, Guid id, CancellationToken cancellationToken = default);

    Task<AdminResult<UserDetails>> CreateUserAsync(ClaimsPrincipal caller, NewUser user, CancellationToken cancellationToken = default);

    Task<AdminResult<UserDetails>> UpdateUserAsync(ClaimsPrincipal caller, Guid id, UserChange change, CancellationToken cancellationToken = default);

    /// <summary>Disables (ending sessions and tokens) or enables a user.</summary>
    Task<AdminResult<UserDetails>> SetDisabledAsync(ClaimsPrincipal caller, Guid id, bool disabled, CancellationToken cancellationToken = default);

    /// <summary>Sets <paramref name="newPassword"/>, or (when null) mails the user a reset link.</summary>
    Task<AdminResult<UserDetails>> ResetPasswordAsync(ClaimsPrincipal caller, Guid id, string? newPassword, CancellationToken cancellationToken = default);

    /// <summary>Roles the caller may see: the defaults that fit its scope and its scope's custom roles.</summary>
    Task<IReadOnlyList<RoleDetails>> ListRolesAsync(ClaimsPrincipal caller, string? tenant = null, CancellationToken cancellationToken = default);

    Task<AdminResult<RoleDetails>> GetRoleAsync(ClaimsPrincipal caller, Guid id, CancellationToken cancellationToken = default);

    Task<AdminResult<RoleDetails>> CreateRoleAsync(ClaimsPrincipal caller, RoleDraft role, CancellationToken cancellationToken = default);

    Task<AdminResult<RoleDetails>> UpdateRoleAsync(ClaimsPrincipal caller, Guid id, RoleDraft role, CancellationToken cancellationToken = default);

    Task<AdminResult<RoleDetails>> DeleteRoleAsync(ClaimsPrincipal caller, Guid id, CancellationToken cancellationToken = default);
}

/// <summary>Filters of the user list. <see cref="Tenant"/>: a slug, or <c>host</c> for host staff (host callers only).</summary>
public sealed record UserQuery(string? Q = null, string? Role = null, bool? Disabled = null, string? Tenant = null, int Page = 1, int PageSize = 20);

public sealed record UserPage(int Total, int Page, int PageSize, IReadOnlyList<UserSummary> Items);

public sealed record UserSummary(
    Guid Id, string UserName, string? DisplayName, string? Email, string? Tenant, IReadOnlyList<string> Roles,
    bool Disabled, bool LockedOut, bool TwoFactorEnabled, DateTimeOffset CreatedAt, DateTimeOffset? LastSignInAt);

public sealed record UserDetails(
    Guid Id, string UserName, string? DisplayName, string? Email, string? Tenant, IReadOnlyList<string> Roles,
    IReadOnlyList<string> Permissions, bool Disabled, bool LockedOut, bool TwoFactorEnabled, DateTimeOffset CreatedAt,
    DateTimeOffset? LastSignInAt);

/// <summary>
/// A user to create. <see cref="Tenant"/> (slug) is for host callers; a prefecture caller's users are always
/// its own. Without <see cref="Password"/> the user gets a random one and an invitation mail with a link to set theirs.
/// </summary>
public sealed record NewUser(string? UserName, string? Email, string? DisplayName, IReadOnlyList<string>? Roles, string? Tenant, string? Password);

/// <summary>Changes to a user; a null field stays as it is.</summary>
public sealed record UserChange(string? DisplayName, string? Email, IReadOnlyList<string>? Roles);

/// <summary>A role as listed: <see cref="Name"/> is what users are granted (default role name or custom role id).</summary>
public sealed record RoleDetails(
    Guid Id, string Name, string DisplayName, string? Description, string? Tenant, bool IsDefault, bool ForPrefecture,
    IReadOnlyList<string> Permissions, int UserCount);

public sealed record RoleDraft(string? DisplayName, string? Description, IReadOnlyList<string>? Permissions, string? Tenant);

public enum AdminStatus
{
    Ok,
    Created,
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
}

/// <summary>The outcome of an administrative change: a value, or why not (field errors or a refusal with a detail).</summary>
public sealed record AdminResult<T>(AdminStatus Status, T? Value, IReadOnlyDictionary<string, string[]>? Errors = null, string? Detail = null, string? Code = null)
{
    public bool Succeeded => Status is AdminStatus.Ok or AdminStatus.Created;
}
