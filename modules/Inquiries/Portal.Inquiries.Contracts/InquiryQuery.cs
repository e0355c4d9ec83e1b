using System.Globalization;
using System.Text;

namespace Portal.Inquiries.Contracts;

/// <summary>
/// The inbox's filters: <see cref="Stage"/> (a stage code), <see cref="Prefecture"/> (slug; host only),
/// <see cref="Chain"/> (chain code), <see cref="Overdue"/> / <see cref="DueSoon"/>, <see cref="Q"/> (enterprise,
/// credit code, contact or tracking code), <see cref="Owner"/> (<c>me</c>, <c>none</c> or a user id),
/// <see cref="Page"/> (from 1), <see cref="PageSize"/> (≤ 100). Saved views keep <see cref="ToQueryString"/>.
/// </summary>
public sealed record InquiryQuery(
    string? Stage = null,
    string? Prefecture = null,
    string? Chain = null,
    bool? Overdue = null,
    bool? DueSoon = null,
    string? Q = null,
    string? Owner = null,
    int Page = 1,
    int PageSize = 20)
{
    public const int MaxPageSize = 100;

    /// <summary>The filters as a query string without <c>?</c> (paging left out), in a stable order.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        Add(parts, "stage", Stage);
        Add(parts, "prefecture", Prefecture);
        Add(parts, "chain", Chain);
        Add(parts, "overdue", Overdue is { } overdue ? (overdue ? "true" : "false") : null);
        Add(parts, "dueSoon", DueSoon is { } dueSoon ? (dueSoon ? "true" : "false") : null);
        Add(parts, "q", Q);
        Add(parts, "owner", Owner);
        return string.Join('&', parts);
    }

    /// <summary>Reads a query string (with or without <c>?</c>); unknown names are ignored, bad booleans dropped.</summary>
    public static InquiryQuery Parse(string? queryString)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in (queryString ?? string.Empty).TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var index = pair.IndexOf('=');
            var name = Uri.UnescapeDataString((index < 0 ? pair : pair[..index]).Replace('+', ' '));
            var value = index < 0 ? string.Empty : Uri.UnescapeDataString(pair[(index + 1)..].Replace('+', ' '));
            values[name] = value;
        }

        return new InquiryQuery(
            Text(values, "stage"), Text(values, "prefecture"), Text(values, "chain"),
            Flag(values, "overdue"), Flag(values, "dueSoon"), Text(values, "q"), Text(values, "owner"),
            Number(values, "page") ?? 1, Number(values, "pageSize") ?? 20);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            parts.Add(new StringBuilder(name).Append('=').Append(Uri.EscapeDataString(value.Trim())).ToString());
        }
    }

    private static string? Text(Dictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool? Flag(Dictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var value) && bool.TryParse(value, out var flag) ? flag : null;

    private static int? Number(Dictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var value) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
