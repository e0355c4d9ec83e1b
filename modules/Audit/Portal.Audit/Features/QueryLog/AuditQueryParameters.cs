using Microsoft.AspNetCore.Mvc;
using Portal.Audit.Contracts;

namespace Portal.Audit.Features.QueryLog;

/// <summary>The query string of the audit routes; all text, so that a bad value is a field error, not a binding error.</summary>
internal sealed record AuditQueryParameters(
    [property: FromQuery(Name = "from")] string? From,
    [property: FromQuery(Name = "to")] string? To,
    [property: FromQuery(Name = "action")] string? Action,
    [property: FromQuery(Name = "actor")] string? Actor,
    [property: FromQuery(Name = "entityType")] string? EntityType,
    [property: FromQuery(Name = "entityId")] string? EntityId,
    [property: FromQuery(Name = "outcome")] string? Outcome,
    [property: FromQuery(Name = "tenant")] string? Tenant,
    [property: FromQuery(Name = "page")] string? Page,
    [property: FromQuery(Name = "pageSize")] string? PageSize)
{
    public AuditQuery ToQuery() => new(From, To, Action, Actor, EntityType, EntityId, Outcome, Tenant, Page, PageSize);
}
