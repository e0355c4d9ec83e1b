using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Audit.Contracts;
using Portal.BuildingBlocks.Http;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Outbox;
using Portal.Catalogue.Features;
using Portal.Catalogue.Localization;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.ImportExport;

/// <summary>
/// <c>POST /api/admin/{parks|policies|projects}/import?mode=validate|valid-rows|all-or-nothing</c>
/// (multipart, one <c>file</c>): every row is read into the create request and validated exactly as
/// <c>POST /api/admin/{items}</c> would, and the answer reports each row. <c>validate</c> imports
/// nothing; <c>all-or-nothing</c> (the default) imports only a file without errors; <c>valid-rows</c>
/// imports the valid rows. What is imported is saved in one transaction, as drafts of the caller's
/// prefecture, each with its event and audit entry, plus one <c>{kind}.imported</c> entry.
/// </summary>
internal static class ImportEndpoint
{
    public const long MaxFileBytes = 5 * 1024 * 1024;
    public const int MaxRows = 2000;

    /// <summary>The request may be a little larger than the file: the multipart framing.</summary>
    private const long MaxRequestBytes = MaxFileBytes + (64 * 1024);

    public static void Map(RouteGroupBuilder items, IItemSheet sheet) => items
        .MapPost("/import", (
            string? mode,
            HttpContext http,
            CatalogueDbContext db,
            ICurrentTenant currentTenant,
            RichTextSanitizer sanitizer,
            TimeProvider clock,
            IStringLocalizer<CatalogueMessages> text,
            IStringLocalizer<ImportMessages> importText,
            CancellationToken cancellationToken) =>
            HandleAsync(sheet, mode, new ImportContext(db, http, currentTenant, sanitizer, text, importText, clock.GetUtcNow()), cancellationToken))
        .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
        .WithSummary($"Import {sheet.Items} from CSV or XLSX: mode=validate|valid-rows|all-or-nothing, multipart file");

    private static async Task<Results<Ok<ImportReport>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        IItemSheet sheet, string? mode, ImportContext context, CancellationToken cancellationToken)
    {
        var importText = context.ImportText;
        var chosen = string.IsNullOrWhiteSpace(mode) ? ImportModes.AllOrNothing : mode.Trim().ToLowerInvariant();
        if (!ImportModes.All.Contains(chosen))
        {
            return FieldError("mode", importText["ModeInvalid", string.Join(", ", ImportModes.All)]);
        }

        var request = context.Http.Request;
        if (!request.HasFormContentType)
        {
            return FieldError("file", importText["FileRequired"]);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            // Malformed multipart framing.
            return FieldError("file", importText["FileRequired"]);
        }

        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            return FieldError("file", importText["FileRequired"]);
        }

        if (file.Length > MaxFileBytes)
        {
            return PortalResults.Problem(StatusCodes.Status413PayloadTooLarge, importText["FileTooLarge", MaxFileBytes / 1024 / 1024], "catalogue.file-too-large");
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        var outcome = await RunAsync(sheet, chosen, file.FileName, content, context, cancellationToken);
        return outcome switch
        {
            { Report: { } report } => TypedResults.Ok(report),
            { Conflict: { } conflict } => PortalResults.Conflict(conflict, "catalogue.import-conflict"),
            _ => FieldError("file", outcome.FileError!),
        };
    }

    /// <summary>
    /// Reads, validates and (by <paramref name="chosen"/> mode) imports a file's rows: the API and the
    /// back office's import page share it. Exactly one of the outcome's parts is set.
    /// </summary>
    internal static async Task<ImportOutcome> RunAsync(
        IItemSheet sheet, string chosen, string? fileName, byte[] content, ImportContext context, CancellationToken cancellationToken)
    {
        var importText = context.ImportText;
        var format = SheetFile.Detect(content);
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if ((extension == ".xlsx" && format != SheetFormat.Xlsx) || (extension == ".csv" && format != SheetFormat.Csv))
        {
            return ImportOutcome.Failed(importText["TypeMismatch", extension]);
        }

        List<SheetRow> rows;
        try
        {
            rows = SheetFile.Read(content, format, MaxRows);
        }
        catch (SheetFileException broken)
        {
            return ImportOutcome.Failed(importText[broken.MessageKey, broken.Arguments]);
        }

        if (Header(sheet, rows, importText, out var columns) is { } headerProblem)
        {
            return ImportOutcome.Failed(headerProblem);
        }

        var data = rows.Skip(1).Where(row => row.Cells.Any(cell => !string.IsNullOrWhiteSpace(cell))).ToList();
        if (data.Count == 0)
        {
            return ImportOutcome.Failed(importText["NoRows"]);
        }

        if (data.Count > MaxRows)
        {
            return ImportOutcome.Failed(importText["TooManyRows", MaxRows, data.Count]);
        }

        var prepared = new List<(SheetRow Row, PreparedRow Prepared)>(data.Count);
        foreach (var row in data)
        {
            var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Count; i++)
            {
                cells[columns[i]] = i < row.Cells.Length ? row.Cells[i] : null;
            }

            prepared.Add((row, await sheet.PrepareAsync(new RowReader(row.Number, cells, importText), context, cancellationToken)));
        }

        var invalid = prepared.Count(p => p.Prepared.AddDraft is null);
        var import = chosen == ImportModes.ValidRows || (chosen == ImportModes.AllOrNothing && invalid == 0);
        var ids = new Dictionary<int, Guid>();
        if (import && invalid < prepared.Count)
        {
            foreach (var (row, ready) in prepared.Where(p => p.Prepared.AddDraft is not null))
            {
                ids[row.Number] = ready.AddDraft!();
            }

            context.Db.AddIntegrationEvent(AuditRecordedFactory.FromHttp(
                context.Http,
                $"{sheet.Kind}.imported",
                sheet.Kind,
                changes: new AuditChanges().Set("mode", chosen).Set("rows", prepared.Count).Set("imported", ids.Count).Set("invalid", invalid)));
            try
            {
                await context.Db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another request took a document number between our checks and our insert: nothing is saved.
                context.Db.ChangeTracker.Clear();
                return new ImportOutcome(null, null, importText["ImportRaced"]);
            }
        }

        var report = prepared.Select(p => new ImportRowReport(
            p.Row.Number,
            ids.ContainsKey(p.Row.Number) ? RowStatuses.Imported : p.Prepared.AddDraft is null ? RowStatuses.Invalid : RowStatuses.Valid,
            p.Prepared.Errors,
            ids.TryGetValue(p.Row.Number, out var created) ? created : null)).ToList();
        return new ImportOutcome(new ImportReport(chosen, prepared.Count, prepared.Count - invalid, invalid, ids.Count, report), null, null);
    }

    /// <summary>The header row: API field names, each known and once, the required ones present.</summary>
    private static string? Header(IItemSheet sheet, List<SheetRow> rows, IStringLocalizer<ImportMessages> text, out List<string> columns)
    {
        List<string> header = rows.Count == 0 ? [] : [.. rows[0].Cells.Select(cell => cell?.Trim().TrimStart('\uFEFF') ?? "")];
        while (header.Count > 0 && header[^1].Length == 0)
        {
            header.RemoveAt(header.Count - 1);
        }

        columns = header;

        if (columns.Count == 0)
        {
            return text["NoRows"];
        }

        var known = sheet.Columns.ToHashSet(StringComparer.Ordinal);
        var unknown = columns.Where(c => !known.Contains(c)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            return text["UnknownColumns", string.Join(", ", unknown), string.Join(", ", sheet.Columns)];
        }

        var repeated = columns.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
        {
            return text["RepeatedColumns", string.Join(", ", repeated)];
        }

        var missing = sheet.RequiredColumns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
        return missing.Count > 0 ? text["MissingColumns", string.Join(", ", missing)].Value : null;
    }

    private static ValidationProblem FieldError(string field, string message) => new ValidationErrors().Add(field, message).ToProblem();
}

/// <summary>What an import came to: a report, or a file error (nothing read), or a conflict (nothing saved).</summary>
internal sealed record ImportOutcome(ImportReport? Report, string? FileError, string? Conflict)
{
    public static ImportOutcome Failed(string fileError) => new(null, fileError, null);
}
