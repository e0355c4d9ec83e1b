using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Audit.Contracts;

namespace Portal.Audit.Features.QueryLog;

/// <summary>
/// <c>GET /api/admin/audit</c>: one page of the log, newest first. Host: every prefecture's entries
/// and its own, narrowed by <c>tenant</c>; prefecture: its own only.
/// </summary>
internal static class QueryAuditLogEndpoint
{
    public static void Map(RouteGroupBuilder audit) => audit.MapGet("/", HandleAsync)
        .WithSummary("Read the audit log: filters from, to (YYYY-MM-DD, China Standard Time), action (prefix), actor, entityType, entityId, outcome, tenant (host only), page, pageSize (≤ 200)");

    private static async Task<Results<Ok<AuditPage>, ValidationProblem>> HandleAsync(
        [AsParameters] AuditQueryParameters parameters,
        IAuditLog log,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var result = await log.QueryAsync(parameters.ToQuery(), cancellationToken);
        if (!result.IsValid)
        {
            return TypedResults.ValidationProblem(result.Errors);
        }

        // Personal data (names, addresses): never cached by anything between us and the caller.
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(result.Page!);
    }
}
