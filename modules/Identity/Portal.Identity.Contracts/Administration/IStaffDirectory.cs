namespace Portal.Identity.Contracts.Administration;

/// <summary>
/// Read-only look-ups of staff for other modules' background work and pickers (owners of inquiries, whom to
/// escalate to), without a caller principal. Disabled users are never returned.
/// </summary>
public interface IStaffDirectory
{
    /// <summary>Active users of one scope (<paramref name="tenantId"/> null: the host) holding <paramref name="permission"/> through a role.</summary>
    Task<IReadOnlyList<StaffMember>> ListHoldersAsync(Guid? tenantId, string permission, CancellationToken cancellationToken = default);

    /// <summary>Users by id (disabled ones included, for names on old records); unknown ids are left out.</summary>
    Task<IReadOnlyList<StaffMember>> FindAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default);
}

/// <summary>A member of staff: <see cref="TenantId"/> null for the host.</summary>
public sealed record StaffMember(Guid Id, string UserName, string? DisplayName, string? Email, Guid? TenantId, bool Disabled)
{
    public string Name => string.IsNullOrWhiteSpace(DisplayName) ? UserName : DisplayName;
}
