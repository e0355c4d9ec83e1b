namespace Portal.Ui.Pages.Inquiries;

/// <summary>
/// Field errors of an inquiry call, keyed as the API names fields (<c>email</c>, <c>prefectures[1]</c>,
/// <c>inquiry.mobile</c>): one field's messages for the inline error, and those no field on the page shows.
/// </summary>
public sealed class InquiryErrors(IReadOnlyDictionary<string, string[]>? errors)
{
    private readonly IReadOnlyDictionary<string, string[]> _errors = errors ?? new Dictionary<string, string[]>();

    public static InquiryErrors None { get; } = new(null);

    public bool Any => _errors.Count > 0;

    public string? For(string field)
    {
        var messages = _errors.Where(pair => Matches(pair.Key, field)).SelectMany(pair => pair.Value).Distinct().ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    /// <summary>Messages of fields the page has no place for (shown once above the form).</summary>
    public IReadOnlyList<string> Others(IEnumerable<string> shownFields)
    {
        var shown = shownFields.ToList();
        return _errors.Where(pair => !shown.Any(field => Matches(pair.Key, field))).SelectMany(pair => pair.Value).Distinct().ToList();
    }

    private static bool Matches(string key, string field)
    {
        var name = key.StartsWith("inquiry.", StringComparison.OrdinalIgnoreCase) ? key["inquiry.".Length..] : key;
        return string.Equals(name, field, StringComparison.OrdinalIgnoreCase)
            || name.StartsWith(field + "[", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith(field + ".", StringComparison.OrdinalIgnoreCase);
    }
}
