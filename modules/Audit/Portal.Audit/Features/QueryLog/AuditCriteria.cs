using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Audit.Contracts;
using Portal.Audit.Domain;
using Portal.Audit.Localization;
using Portal.BuildingBlocks.Http;
using Portal.BuildingBlocks.MultiTenancy;

namespace Portal.Audit.Features.QueryLog;

/// <summary>Which prefecture's entries a host caller asked for.</summary>
internal enum TenantScope
{
    /// <summary>Every prefecture and the host (host callers only).</summary>
    All,

    /// <summary>The current tenant's entries only: a prefecture caller, or a host caller asking for <c>host</c>.</summary>
    Current,

    /// <summary>One named prefecture (host callers only).</summary>
    One,
}

/// <summary>An <see cref="AuditQuery"/> checked and parsed. Times are UTC, <see cref="Until"/> exclusive.</summary>
internal sealed record AuditCriteria(
    DateTimeOffset? Since,
    DateTimeOffset? Until,
    string? ActionPrefix,
    string? Actor,
    string? EntityType,
    string? EntityId,
    string? Outcome,
    TenantScope Scope,
    Guid? TenantId,
    int Page,
    int PageSize)
{
    /// <summary>China Standard Time has no daylight saving: always UTC+8.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private static readonly string[] Outcomes = [AuditOutcomes.Succeeded, AuditOutcomes.Failed, AuditOutcomes.Denied];

    public static async Task<(AuditCriteria? Criteria, ValidationErrors Errors)> ParseAsync(
        AuditQuery query,
        ICurrentTenant currentTenant,
        ITenantStore tenants,
        IStringLocalizer<AuditMessages> text,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var from = ParseDate(query.From, "from", errors, text);
        var to = ParseDate(query.To, "to", errors, text);
        if (from is not null && to is not null && to < from)
        {
            errors.Add("to", text["RangeInvalid"]);
        }

        var action = Text(query.Action, "action", AuditEntry.ActionMaxLength, errors, text);
        var actor = Text(query.Actor, "actor", AuditEntry.ActorNameMaxLength, errors, text);
        var entityType = Text(query.EntityType, "entityType", AuditEntry.EntityTypeMaxLength, errors, text);
        var entityId = Text(query.EntityId, "entityId", AuditEntry.EntityIdMaxLength, errors, text);
        var outcome = Text(query.Outcome, "outcome", AuditEntry.OutcomeMaxLength, errors, text)?.ToLowerInvariant();
        if (outcome is not null && !Outcomes.Contains(outcome, StringComparer.Ordinal))
        {
            errors.Add("outcome", text["OutcomeInvalid", string.Join(", ", Outcomes)]);
        }

        var page = ParseInt(query.Page, "page", 1, int.MaxValue / AuditQuery.MaxPageSize, errors, text["IntegerInvalid"]) ?? 1;
        var pageSize = ParseInt(
            query.PageSize, "pageSize", 1, AuditQuery.MaxPageSize, errors, text["PageSizeInvalid", AuditQuery.MaxPageSize])
            ?? AuditQuery.DefaultPageSize;

        var (scope, tenantId) = await ParseTenantAsync(query.Tenant, currentTenant, tenants, errors, text, cancellationToken);
        if (errors.HasErrors)
        {
            return (null, errors);
        }

        var criteria = new AuditCriteria(
            from is { } since ? new DateTimeOffset(since.ToDateTime(TimeOnly.MinValue), ChinaOffset).ToUniversalTime() : null,
            to is { } until ? new DateTimeOffset(until.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaOffset).ToUniversalTime() : null,
            action,
            actor,
            entityType,
            entityId,
            outcome,
            scope,
            tenantId,
            page,
            pageSize);
        return (criteria, errors);
    }

    private static async Task<(TenantScope Scope, Guid? TenantId)> ParseTenantAsync(
        string? value,
        ICurrentTenant currentTenant,
        ITenantStore tenants,
        ValidationErrors errors,
        IStringLocalizer<AuditMessages> text,
        CancellationToken cancellationToken)
    {
        var slug = value?.Trim().ToLowerInvariant();
        if (!currentTenant.IsHost)
        {
            // A prefecture sees its own entries and nothing else, whatever it asks for.
            var own = string.IsNullOrEmpty(slug) || slug == AuditQuery.AllTenants || slug == currentTenant.Slug;
            if (!own)
            {
                errors.Add("tenant", text["TenantHostOnly"]);
            }

            return (TenantScope.Current, currentTenant.Id);
        }

        if (string.IsNullOrEmpty(slug) || slug == AuditQuery.AllTenants)
        {
            return (TenantScope.All, null);
        }

        if (slug == AuditQuery.HostTenant)
        {
            return (TenantScope.Current, null);
        }

        if (slug.Length > 64 || await tenants.FindBySlugAsync(slug, cancellationToken) is not { } tenant)
        {
            errors.Add("tenant", text["TenantUnknown", slug.Length > 64 ? slug[..64] : slug]);
            return (TenantScope.All, null);
        }

        return (TenantScope.One, tenant.Id);
    }

    private static DateOnly? ParseDate(string? value, string field, ValidationErrors errors, IStringLocalizer<AuditMessages> text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 2000 and <= 9998)
        {
            return date;
        }

        errors.Add(field, text["DateInvalid"]);
        return null;
    }

    private static int? ParseInt(string? value, string field, int min, int max, ValidationErrors errors, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors.Add(field, message);
        return null;
    }

    private static string? Text(string? value, string field, int maxLength, ValidationErrors errors, IStringLocalizer<AuditMessages> text)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            errors.Add(field, text["TooLong", maxLength]);
            return null;
        }

        return trimmed;
    }
}
