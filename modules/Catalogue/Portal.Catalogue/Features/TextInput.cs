namespace Portal.Catalogue.Features;

/// <summary>How request values become content: text trimmed, blank meaning absent, codes each once.</summary>
internal static class TextInput
{
    /// <summary>A required text: missing becomes "" so that the content's rules name it.</summary>
    public static string Required(string? value) => value?.Trim() ?? "";

    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Codes in the order given, each once; a null entry stays as "" so that its rule reports it.</summary>
    public static string[] Codes(string?[]? values) =>
        values is null ? [] : [.. values.Select(v => v?.Trim() ?? "").Distinct(StringComparer.Ordinal)];

    public static string[] Lines(string?[]? values) => values is null ? [] : [.. values.Select(v => v?.Trim() ?? "")];

    public static decimal? Round(decimal? value, int scale) => value is { } v ? Math.Round(v, scale, MidpointRounding.AwayFromZero) : null;
}
