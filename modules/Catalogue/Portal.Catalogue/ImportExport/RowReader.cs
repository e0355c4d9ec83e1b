using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.Http;
using Portal.Catalogue.Localization;

namespace Portal.Catalogue.ImportExport;

/// <summary>
/// The cells of one imported row by column name, turned into the values a create request takes. A cell
/// that cannot be read (a number that is not one, a date not <c>YYYY-MM-DD</c>) is a field error and
/// counts as absent, so the create request's own validation still runs on everything else.
/// </summary>
internal sealed class RowReader(int number, IReadOnlyDictionary<string, string?> cells, IStringLocalizer<ImportMessages> text)
{
    /// <summary>The row's number as a spreadsheet shows it (the header is row 1).</summary>
    public int Number { get; } = number;

    /// <summary>How lists (chains, parks, incentive kinds, notable enterprises) sit in one cell.</summary>
    public const char ListSeparator = ';';

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public ValidationErrors Errors { get; } = new();

    public string? Text(string column) =>
        cells.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? SheetFile.Unguard(value) : null;

    public decimal? Decimal(string column)
    {
        var value = Text(column)?.Trim();
        if (value is null)
        {
            return null;
        }

        if (decimal.TryParse(value, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Errors.Add(column, text["NotANumber", value]);
        return null;
    }

    public DateOnly? Date(string column)
    {
        var value = Text(column)?.Trim();
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Errors.Add(column, text["NotADate", value]);
        return null;
    }

    public Guid? Id(string column)
    {
        var value = Text(column)?.Trim();
        if (value is null)
        {
            return null;
        }

        if (Guid.TryParse(value, out var id))
        {
            return id;
        }

        Errors.Add(column, text["NotAnId", value]);
        return null;
    }

    public string?[]? List(string column) => Text(column) is { } value
        ? value.Split([ListSeparator, '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        : null;

    public Guid?[]? Ids(string column)
    {
        if (List(column) is not { } values)
        {
            return null;
        }

        var ids = new List<Guid?>();
        foreach (var value in values)
        {
            if (Guid.TryParse(value, out var id))
            {
                ids.Add(id);
            }
            else
            {
                Errors.Add(column, text["NotAnId", value!]);
            }
        }

        return [.. ids];
    }

    public T? FromJson<T>(string column)
        where T : class
    {
        var value = Text(column)?.Trim();
        if (value is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(value, Json);
        }
        catch (JsonException)
        {
            Errors.Add(column, text["NotJson"]);
            return null;
        }
    }

    public static string? JoinList<T>(IEnumerable<T> values)
    {
        var joined = string.Join(ListSeparator, values);
        return joined.Length == 0 ? null : joined;
    }

    public static string? ToJson<T>(T? value) => value is null ? null : JsonSerializer.Serialize(value, Json);
}
