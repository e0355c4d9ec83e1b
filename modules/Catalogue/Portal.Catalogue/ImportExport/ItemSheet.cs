using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Catalogue.Features;
using Portal.Catalogue.Localization;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.ImportExport;

/// <summary>What one import needs to validate and add its rows: the request's services, and what earlier rows of the file held.</summary>
internal sealed class ImportContext(
    CatalogueDbContext db,
    HttpContext http,
    ICurrentTenant currentTenant,
    RichTextSanitizer sanitizer,
    IStringLocalizer<CatalogueMessages> text,
    IStringLocalizer<ImportMessages> importText,
    DateTimeOffset now)
{
    public CatalogueDbContext Db { get; } = db;

    public HttpContext Http { get; } = http;

    public ICurrentTenant CurrentTenant { get; } = currentTenant;

    public RichTextSanitizer Sanitizer { get; } = sanitizer;

    public IStringLocalizer<CatalogueMessages> Text { get; } = text;

    public IStringLocalizer<ImportMessages> ImportText { get; } = importText;

    public DateTimeOffset Now { get; } = now;

    /// <summary>Keys (such as issuer and document number) already taken by an earlier row, and that row.</summary>
    public Dictionary<string, int> SeenKeys { get; } = new(StringComparer.Ordinal);
}

/// <summary>A row that was read and validated: its field errors, and (when it has none) how to add it as a draft.</summary>
internal sealed record PreparedRow(IReadOnlyDictionary<string, string[]> Errors, Func<Guid>? AddDraft);

/// <summary>One kind of catalogue item as a sheet: its columns (the API's field names), its rows out, its rows in.</summary>
internal interface IItemSheet
{
    /// <summary>The item kind, as in audit actions: <c>park</c>, <c>policy</c>, <c>project</c>.</summary>
    string Kind { get; }

    /// <summary>The route segment and sheet name: <c>parks</c>, <c>policies</c>, <c>projects</c>.</summary>
    string Items { get; }

    /// <summary>Every column, in order: the content fields, then <c>id</c> and <c>status</c> (exported, ignored on import).</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>The columns an import must have.</summary>
    IReadOnlyList<string> RequiredColumns { get; }

    /// <summary>The help sheet's lines: column, Chinese description, English description.</summary>
    IReadOnlyList<(string Column, string Zh, string En)> Help { get; }

    Task<List<object?[]>> ExportAsync(CatalogueDbContext db, ListQuery query, CancellationToken cancellationToken);

    Task<PreparedRow> PrepareAsync(RowReader row, ImportContext context, CancellationToken cancellationToken);
}

internal static class ItemSheetColumns
{
    public const string Id = "id";
    public const string Status = "status";

    /// <summary>Field errors of reading the cells and of the create request's validation, as one map.</summary>
    public static IReadOnlyDictionary<string, string[]> Merge(IReadOnlyDictionary<string, string[]> first, IReadOnlyDictionary<string, string[]> second)
    {
        var merged = first.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var (field, messages) in second)
        {
            merged[field] = merged.TryGetValue(field, out var earlier) ? [.. earlier, .. messages] : messages;
        }

        return merged;
    }
}
