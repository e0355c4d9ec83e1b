using System.Globalization;

namespace Portal.Audit.Contracts;

/// <summary>
/// Builds <see cref="AuditRecorded.Changes"/>: field → new value, and for an update also
/// <c>field:old</c> → previous value. Values are formatted invariantly (<c>true</c>, <c>12.5</c>,
/// ISO 8601 dates). Never put secrets or password hashes here.
/// </summary>
public sealed class AuditChanges
{
    /// <summary>Suffix of the key that holds a field's previous value.</summary>
    public const string OldSuffix = ":old";

    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public bool HasChanges => _values.Count > 0;

    /// <summary>A field's value on creation (or any value worth recording without a previous one).</summary>
    public AuditChanges Set(string field, object? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        _values[field] = Format(value);
        return this;
    }

    /// <summary>A field's previous and new value; recorded only when they differ.</summary>
    public AuditChanges Change(string field, object? oldValue, object? newValue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        var before = Format(oldValue);
        var after = Format(newValue);
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            _values[field] = after;
            _values[field + OldSuffix] = before;
        }

        return this;
    }

    public IReadOnlyDictionary<string, string?> ToDictionary() => new Dictionary<string, string?>(_values, StringComparer.Ordinal);

    public static string? Format(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        System.Collections.IEnumerable items and not string => string.Join(",", items.Cast<object?>().Select(Format)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
