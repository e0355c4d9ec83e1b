namespace Portal.Audit.Contracts;

/// <summary>
/// Reads the audit log for the current caller's scope: the host reads every prefecture's entries
/// (and its own), a prefecture only its own. There is deliberately nothing that edits or deletes.
/// </summary>
public interface IAuditLog
{
    /// <summary>One page, newest first; or localized field errors for a bad filter.</summary>
    Task<AuditQueryResult> QueryAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>A file of every matching entry (capped at <see cref="AuditQuery.MaxExportRows"/>); or field errors.</summary>
    Task<AuditExportResult> ExportAsync(AuditQuery query, string? format, CancellationToken cancellationToken);
}

/// <summary>
/// Filters as the caller typed them (query string or form), so that a bad value becomes a field
/// error rather than a binding error. Dates are <c>YYYY-MM-DD</c> in China Standard Time, both ends
/// inclusive; <see cref="Action"/> matches by prefix (<c>user.</c>); <see cref="Tenant"/> is for the
/// host only: a prefecture slug, <c>host</c> (the bureau's own entries) or <c>all</c> (the default).
/// </summary>
public sealed record AuditQuery(
    string? From = null,
    string? To = null,
    string? Action = null,
    string? Actor = null,
    string? EntityType = null,
    string? EntityId = null,
    string? Outcome = null,
    string? Tenant = null,
    string? Page = null,
    string? PageSize = null)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    public const int MaxExportRows = 100_000;

    /// <summary>The value of <see cref="Tenant"/> for every prefecture and the host.</summary>
    public const string AllTenants = "all";

    /// <summary>The value of <see cref="Tenant"/> for the host's own entries.</summary>
    public const string HostTenant = "host";
}

/// <summary>One audit entry. <see cref="Tenant"/> is the prefecture's slug, null for the host.</summary>
public sealed record AuditEntryDto(
    Guid Id,
    DateTimeOffset OccurredAt,
    string Action,
    string Outcome,
    string? Tenant,
    string? ActorId,
    string? ActorName,
    string ActorKind,
    string? EntityType,
    string? EntityId,
    string? IpAddress,
    IReadOnlyList<AuditFieldChange> Changes,
    string? Details);

/// <summary>One changed field; <see cref="Old"/> is null on creation or when unknown.</summary>
public sealed record AuditFieldChange(string Field, string? Old, string? New);

public sealed record AuditPage(int Total, int Page, int PageSize, IReadOnlyList<AuditEntryDto> Items);

/// <summary>Either <see cref="Page"/> or <see cref="Errors"/> (field → localized messages).</summary>
public sealed record AuditQueryResult(AuditPage? Page, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>Either a file (<see cref="WriteAsync"/> streams it) or <see cref="Errors"/>.</summary>
public sealed record AuditExportResult(
    string ContentType,
    string FileName,
    Func<Stream, CancellationToken, Task>? WriteAsync,
    IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Errors.Count == 0 && WriteAsync is not null;
}

/// <summary>Export formats of <see cref="IAuditLog.ExportAsync"/>.</summary>
public static class AuditExportFormats
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";
}
