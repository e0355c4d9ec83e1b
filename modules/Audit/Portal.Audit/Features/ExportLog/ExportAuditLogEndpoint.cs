using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Portal.Audit.Contracts;
using Portal.Audit.Features.QueryLog;
using Portal.Audit.Features.RecordEntry;

namespace Portal.Audit.Features.ExportLog;

/// <summary>
/// <c>GET /api/admin/audit/export?format=csv|xlsx&amp;…filters</c>: every matching entry of the caller's
/// scope as a file download, newest first, at most <see cref="AuditQuery.MaxExportRows"/> rows.
/// </summary>
internal static class ExportAuditLogEndpoint
{
    public static void Map(RouteGroupBuilder audit) => audit.MapGet("/export", HandleAsync)
        .WithSummary("Export the audit log as CSV (UTF-8 with BOM) or XLSX; same filters as the list");

    private static async Task<IResult> HandleAsync(
        [AsParameters] AuditQueryParameters parameters,
        [FromQuery(Name = "format")] string? format,
        IAuditLog log,
        AuditRecordedHandler recorder,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var export = await log.ExportAsync(parameters.ToQuery(), format, cancellationToken);
        if (!export.IsValid)
        {
            return TypedResults.ValidationProblem(export.Errors);
        }

        // Who took a copy of the log, and of what, is itself in the log (in the caller's own scope).
        await recorder.HandleAsync(
            AuditRecordedFactory.FromHttp(http, "audit.exported", details: $"{export.FileName} {Uri.UnescapeDataString(http.Request.QueryString.Value ?? "")}"),
            cancellationToken);

        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Stream(
            stream => export.WriteAsync!(stream, http.RequestAborted),
            export.ContentType,
            export.FileName);
    }
}
