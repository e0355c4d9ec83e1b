namespace Portal.Catalogue.ImportExport;

/// <summary>The answer of an import: counts, and every row with its status, field errors and (once imported) its new id.</summary>
internal sealed record ImportReport(string Mode, int Total, int Valid, int Invalid, int Imported, IReadOnlyList<ImportRowReport> Rows);

/// <summary>One data row: <see cref="Row"/> as a spreadsheet numbers it (the header is row 1); status <c>valid</c>, <c>invalid</c> or <c>imported</c>.</summary>
internal sealed record ImportRowReport(int Row, string Status, IReadOnlyDictionary<string, string[]> Errors, Guid? Id);

/// <summary>The import modes: check only, import the valid rows, or import only a file without errors (the default).</summary>
internal static class ImportModes
{
    public const string Validate = "validate";
    public const string ValidRows = "valid-rows";
    public const string AllOrNothing = "all-or-nothing";

    public static IReadOnlyList<string> All { get; } = [Validate, ValidRows, AllOrNothing];
}

internal static class RowStatuses
{
    public const string Valid = "valid";
    public const string Invalid = "invalid";
    public const string Imported = "imported";
}
