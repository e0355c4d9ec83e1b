using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Features;
using Portal.Catalogue.Localization;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.ImportExport;

/// <summary>
/// <c>GET /api/admin/{parks|policies|projects}/export?format=csv|xlsx</c>: the current prefecture's
/// items with the list's filters (status, q, chain), one header row of API field names so that the file
/// imports again. CSV is UTF-8 with a byte-order mark; XLSX has a second sheet describing the columns
/// and codes in Chinese and English. Cells a spreadsheet would run as formulas are made text.
/// </summary>
internal static class ExportEndpoint
{
    public static void Map(RouteGroupBuilder items, IItemSheet sheet) => items
        .MapGet("/export", (
            [AsParameters] ListQuery query,
            string? format,
            CatalogueDbContext db,
            TimeProvider clock,
            IStringLocalizer<CatalogueMessages> text,
            IStringLocalizer<ImportMessages> importText,
            CancellationToken cancellationToken) => HandleAsync(sheet, query, format, db, clock, text, importText, cancellationToken))
        .WithSummary($"Export the prefecture's {sheet.Items} as CSV or XLSX: format, status, q, chain");

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> HandleAsync(
        IItemSheet sheet,
        ListQuery query,
        string? format,
        CatalogueDbContext db,
        TimeProvider clock,
        IStringLocalizer<CatalogueMessages> text,
        IStringLocalizer<ImportMessages> importText,
        CancellationToken cancellationToken)
    {
        var errors = query.Validate(text);
        var kind = (format ?? "csv").Trim().ToLowerInvariant();
        if (kind is not "csv" and not "xlsx")
        {
            errors.Add("format", importText["FormatInvalid"]);
        }

        if (errors.HasErrors)
        {
            return errors.ToProblem();
        }

        var file = await BuildAsync(sheet, query, kind, db, clock, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The file itself (<paramref name="kind"/> csv or xlsx, already checked): the API and the back office share it.</summary>
    internal static async Task<(byte[] Content, string ContentType, string FileName)> BuildAsync(
        IItemSheet sheet, ListQuery query, string kind, CatalogueDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var rows = await sheet.ExportAsync(db, query, cancellationToken);
        var stamp = ChinaStamp(clock);
        if (kind == "xlsx")
        {
            var chains = await db.IndustryChains.AsNoTracking().OrderBy(c => c.SortOrder)
                .Select(c => new { c.Code, c.NameZh, c.NameEn }).ToListAsync(cancellationToken);
            var bytes = SheetFile.WriteXlsx(sheet.Items, sheet.Columns, rows, HelpRows(sheet, chains.Select(c => (c.Code, c.NameZh, c.NameEn))));
            return (bytes, SheetFile.XlsxContentType, $"{sheet.Items}-{stamp}.xlsx");
        }

        return (SheetFile.WriteCsv(sheet.Columns, rows), SheetFile.CsvContentType, $"{sheet.Items}-{stamp}.csv");
    }

    private static string ChinaStamp(TimeProvider clock) =>
        clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);

    private static IEnumerable<IDictionary<string, object?>> HelpRows(IItemSheet sheet, IEnumerable<(string Code, string Zh, string En)> chains)
    {
        const string Column = "字段 Field";
        const string Zh = "说明";
        const string En = "Description";
        foreach (var (column, zh, en) in sheet.Help)
        {
            yield return new Dictionary<string, object?> { [Column] = column, [Zh] = zh, [En] = en };
        }

        yield return new Dictionary<string, object?> { [Column] = null, [Zh] = null, [En] = null };
        yield return Codes("level", "级别", "Level", CatalogueLevels.All);
        if (sheet.Kind == "park")
        {
            yield return Codes("kind", "园区类型", "Park kind", ParkKinds.All);
        }

        if (sheet.Kind == "policy")
        {
            yield return Codes("incentiveKinds", "优惠类型", "Incentive kinds", IncentiveKinds.All);
        }

        if (sheet.Kind == "project")
        {
            yield return Codes("cooperationMode", "合作方式", "Cooperation mode", CooperationModes.All);
        }

        foreach (var (code, zh, en) in chains)
        {
            yield return new Dictionary<string, object?> { [Column] = code, [Zh] = $"产业链：{zh}", [En] = $"Industry chain: {en}" };
        }

        static Dictionary<string, object?> Codes(string column, string zh, string en, IReadOnlyList<string> codes) => new()
        {
            [Column] = column,
            [Zh] = $"{zh}代码：{string.Join("; ", codes)}",
            [En] = $"{en} codes: {string.Join("; ", codes)}",
        };
    }
}
