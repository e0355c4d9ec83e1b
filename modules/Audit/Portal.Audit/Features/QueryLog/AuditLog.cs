using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Audit.Contracts;
using Portal.Audit.Domain;
using Portal.Audit.Features.ExportLog;
using Portal.Audit.Localization;
using Portal.Audit.Persistence;
using Portal.BuildingBlocks.Http;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Persistence;

namespace Portal.Audit.Features.QueryLog;

/// <summary>
/// Reads the log for the caller's scope. A prefecture reads through the <c>Tenant</c> filter (its own
/// entries only); the host reads across prefectures through <see cref="CrossTenantReader"/>, the one
/// audited place for that, and may narrow to one prefecture or to its own entries.
/// </summary>
internal sealed class AuditLog(
    AuditDbContext db,
    ICurrentTenant currentTenant,
    ITenantStore tenants,
    CrossTenantReader crossTenant,
    TimeProvider clock,
    IStringLocalizer<AuditMessages> text) : IAuditLog
{
    public async Task<AuditQueryResult> QueryAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (criteria, errors) = await AuditCriteria.ParseAsync(query, currentTenant, tenants, text, cancellationToken);
        if (criteria is null)
        {
            return new AuditQueryResult(null, errors.ToDictionary());
        }

        var entries = Filter(criteria);
        var total = await entries.CountAsync(cancellationToken);
        var items = await entries
            .Skip((criteria.Page - 1) * criteria.PageSize)
            .Take(criteria.PageSize)
            .ToListAsync(cancellationToken);
        var slugs = await SlugsAsync(items.Select(e => e.TenantId), cancellationToken);
        var page = new AuditPage(total, criteria.Page, criteria.PageSize, [.. items.Select(e => ToDto(e, slugs))]);
        return new AuditQueryResult(page, new Dictionary<string, string[]>());
    }

    public async Task<AuditExportResult> ExportAsync(AuditQuery query, string? format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var normalized = string.IsNullOrWhiteSpace(format) ? AuditExportFormats.Csv : format.Trim().ToLowerInvariant();
        var (criteria, errors) = await AuditCriteria.ParseAsync(query with { Page = null, PageSize = null }, currentTenant, tenants, text, cancellationToken);
        if (normalized is not (AuditExportFormats.Csv or AuditExportFormats.Xlsx))
        {
            errors.Add("format", text["FormatInvalid"]);
        }

        if (criteria is null || errors.HasErrors)
        {
            return new AuditExportResult("", "", null, errors.ToDictionary());
        }

        var entries = Filter(criteria).Take(AuditQuery.MaxExportRows);
        var slugs = await SlugsAsync(await entries.Select(e => e.TenantId).Distinct().ToListAsync(cancellationToken), cancellationToken);
        var writer = new AuditExportWriter(text, slugs);
        var stamp = clock.GetUtcNow().ToOffset(AuditCriteria.ChinaOffset).ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        return normalized == AuditExportFormats.Xlsx
            ? new AuditExportResult(
                AuditExportWriter.XlsxContentType,
                $"audit-log-{stamp}.xlsx",
                (stream, ct) => writer.WriteXlsxAsync(entries, stream, ct),
                new Dictionary<string, string[]>())
            : new AuditExportResult(
                AuditExportWriter.CsvContentType,
                $"audit-log-{stamp}.csv",
                (stream, ct) => writer.WriteCsvAsync(entries, stream, ct),
                new Dictionary<string, string[]>());
    }

    private IQueryable<AuditEntry> Filter(AuditCriteria criteria)
    {
        var entries = criteria.Scope == TenantScope.Current
            ? db.Entries.AsNoTracking()
            : crossTenant.AcrossTenants(db.Entries.AsNoTracking(), "The bureau reads the audit log of every prefecture");
        if (criteria.Scope == TenantScope.One)
        {
            var tenantId = criteria.TenantId;
            entries = entries.Where(e => e.TenantId == tenantId);
        }

        if (criteria.Since is { } since)
        {
            entries = entries.Where(e => e.OccurredAt >= since);
        }

        if (criteria.Until is { } until)
        {
            entries = entries.Where(e => e.OccurredAt < until);
        }

        if (criteria.ActionPrefix is { } action)
        {
            entries = entries.Where(e => e.Action.StartsWith(action));
        }

        if (criteria.Actor is { } actor)
        {
            entries = entries.Where(e => e.ActorId == actor || e.ActorName == actor);
        }

        if (criteria.EntityType is { } entityType)
        {
            entries = entries.Where(e => e.EntityType == entityType);
        }

        if (criteria.EntityId is { } entityId)
        {
            entries = entries.Where(e => e.EntityId == entityId);
        }

        if (criteria.Outcome is { } outcome)
        {
            entries = entries.Where(e => e.Outcome == outcome);
        }

        return entries.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id);
    }

    private async Task<IReadOnlyDictionary<Guid, string>> SlugsAsync(IEnumerable<Guid?> tenantIds, CancellationToken cancellationToken)
    {
        var slugs = new Dictionary<Guid, string>();
        foreach (var id in tenantIds.OfType<Guid>().Distinct())
        {
            var tenant = await tenants.FindByIdAsync(id, cancellationToken);
            slugs[id] = tenant?.Slug ?? id.ToString();
        }

        return slugs;
    }

    internal static AuditEntryDto ToDto(AuditEntry entry, IReadOnlyDictionary<Guid, string> slugs) => new(
        entry.EventId,
        entry.OccurredAt,
        entry.Action,
        entry.Outcome,
        entry.TenantId is { } id ? slugs.GetValueOrDefault(id, id.ToString()) : null,
        entry.ActorId,
        entry.ActorName,
        entry.ActorKind,
        entry.EntityType,
        entry.EntityId,
        entry.IpAddress,
        ChangeSet.Deserialize(entry.Changes),
        entry.Details);
}
