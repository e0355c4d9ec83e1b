using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using Portal.Audit.Contracts;
using Portal.Audit.Domain;
using Portal.Audit.Features.QueryLog;
using Portal.Audit.Localization;

namespace Portal.Audit.Features.ExportLog;

/// <summary>
/// Writes entries as CSV (UTF-8 with a byte-order mark, so that Excel shows Chinese) or XLSX.
/// Rows stream from the database; times are China Standard Time; a cell that a spreadsheet would
/// take for a formula is prefixed with an apostrophe.
/// </summary>
internal sealed class AuditExportWriter(IStringLocalizer<AuditMessages> text, IReadOnlyDictionary<Guid, string> slugs)
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] ColumnKeys =
    [
        "ColumnOccurredAt", "ColumnTenant", "ColumnAction", "ColumnOutcome", "ColumnActorKind", "ColumnActorId",
        "ColumnActorName", "ColumnEntityType", "ColumnEntityId", "ColumnIpAddress", "ColumnChanges", "ColumnDetails", "ColumnId",
    ];

    public async Task WriteCsvAsync(IQueryable<AuditEntry> entries, Stream output, CancellationToken cancellationToken)
    {
        await output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true);
        await using (writer)
        {
            var headers = Headers();
            await writer.WriteAsync(string.Join(",", headers.Select(Csv)) + "\r\n");
            await foreach (var entry in entries.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                await writer.WriteAsync(string.Join(",", Cells(entry).Select(cell => Csv(cell))) + "\r\n");
            }

            await writer.FlushAsync(cancellationToken);
        }
    }

    public async Task WriteXlsxAsync(IQueryable<AuditEntry> entries, Stream output, CancellationToken cancellationToken)
    {
        // The workbook is a zip with a directory at its end: build it in a temporary file (rows still
        // stream from the database, never all in memory), then send the file.
        var path = Path.Combine(Path.GetTempPath(), $"portal-audit-{Guid.NewGuid():N}.xlsx");
        try
        {
            var headers = Headers();
            await Task.Run(
                () =>
                {
                    using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
                    file.SaveAs(Rows(entries, headers, cancellationToken), sheetName: "audit", excelType: ExcelType.XLSX);
                },
                cancellationToken);

            await using var written = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
            await written.CopyToAsync(output, cancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private IEnumerable<IDictionary<string, object?>> Rows(IQueryable<AuditEntry> entries, string[] headers, CancellationToken cancellationToken)
    {
        foreach (var entry in entries.AsEnumerable())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = new Dictionary<string, object?>(headers.Length, StringComparer.Ordinal);
            var cells = Cells(entry);
            for (var i = 0; i < headers.Length; i++)
            {
                row[headers[i]] = SafeCell(cells[i]);
            }

            yield return row;
        }
    }

    private string[] Headers() => [.. ColumnKeys.Select(key => text[key].Value)];

    private string?[] Cells(AuditEntry entry)
    {
        var dto = AuditLog.ToDto(entry, slugs);
        return
        [
            dto.OccurredAt.ToOffset(AuditCriteria.ChinaOffset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            dto.Tenant ?? text["HostTenantName"].Value,
            dto.Action,
            dto.Outcome,
            dto.ActorKind,
            dto.ActorId,
            dto.ActorName,
            dto.EntityType,
            dto.EntityId,
            dto.IpAddress,
            DescribeChanges(dto.Changes),
            dto.Details,
            dto.Id.ToString(),
        ];
    }

    /// <summary><c>name: 旧名 → 新名; isActive: true</c>.</summary>
    public static string DescribeChanges(IReadOnlyList<AuditFieldChange> changes) => string.Join("; ", changes.Select(change =>
        change.Old is null ? $"{change.Field}: {change.New}" : $"{change.Field}: {change.Old} → {change.New}"));

    private static string Csv(string? value)
    {
        var cell = SafeCell(value);
        if (cell.Length == 0)
        {
            return "";
        }

        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    /// <summary>Formula injection: a cell starting with = + - @ (or a tab/CR) is shown as text, not run.</summary>
    private static string SafeCell(string? value) =>
        string.IsNullOrEmpty(value) ? "" : value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
