using System.Net;
using System.Text;

namespace Portal.Search.Lucene;

/// <summary>
/// Marks the query's words in a hit's title and snippet with <c>&lt;em&gt;</c> and HTML-encodes everything
/// else, so both are safe to render. Matching is by substring (case-insensitive; latin words whole), which
/// suits Chinese and costs a string search instead of re-analyzing the stored text: Lucene's highlighter
/// would run SmartCn over every hit's body again, several times the cost of the search itself.
/// </summary>
internal sealed class HitHighlighter
{
    public const int SnippetLength = 120;

    /// <summary>Characters shown before the first match in a snippet.</summary>
    private const int LeadingContext = 20;

    /// <summary>Bounds the work on a very long body.</summary>
    private const int MaxMatches = 256;

    private readonly (string Term, StringComparison Comparison)[] terms;

    public HitHighlighter(IEnumerable<string> terms)
    {
        // A term no case mapping changes (Chinese) is searched ordinally: several times faster than ignoring case.
        this.terms = [.. terms
            .Where(term => term.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(term => term.Length)
            .Select(term => (term, HasCase(term) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))];
    }

    public string Title(string text) => Markup(text, 0, text.Length, Matches(text));

    /// <summary>Whether any of the words occurs in <paramref name="text"/>.</summary>
    public bool Finds(string text) => Matches(text).Count > 0;

    public string Snippet(string body)
    {
        var matches = Matches(body);
        if (matches.Count == 0)
        {
            var end = BoundaryAt(body, Math.Min(body.Length, SnippetLength));
            return WebUtility.HtmlEncode(body[..end]) + (end < body.Length ? "…" : "");
        }

        // The window holding the most matches; the earliest on a tie.
        var bestStart = 0;
        var bestCount = -1;
        foreach (var (start, _) in matches)
        {
            var windowStart = Math.Max(0, start - LeadingContext);
            var windowEnd = windowStart + SnippetLength;
            var count = matches.Count(match => match.Start >= windowStart && match.End <= windowEnd);
            if (count > bestCount)
            {
                bestCount = count;
                bestStart = windowStart;
            }
        }

        var from = BoundaryAt(body, bestStart);
        var to = BoundaryAt(body, Math.Min(body.Length, from + SnippetLength));
        return (from > 0 ? "…" : "") + Markup(body, from, to, matches) + (to < body.Length ? "…" : "");
    }

    // Sorted, merged match spans; touching spans merge, so 光|伏 reads <em>光伏</em>.
    private List<(int Start, int End)> Matches(string text)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var (term, comparison) in terms)
        {
            var latin = char.IsAsciiLetterOrDigit(term[0]);
            var from = 0;
            while (from < text.Length && spans.Count < MaxMatches)
            {
                var at = text.IndexOf(term, from, comparison);
                if (at < 0)
                {
                    break;
                }

                from = at + term.Length;
                if (!latin || IsWholeWord(text, at, term.Length))
                {
                    spans.Add((at, at + term.Length));
                }
            }
        }

        spans.Sort((left, right) => left.Start.CompareTo(right.Start));
        var merged = new List<(int Start, int End)>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    private static string Markup(string text, int from, int to, List<(int Start, int End)> matches)
    {
        var html = new StringBuilder(to - from + 32);
        var position = from;
        foreach (var (start, end) in matches)
        {
            var markStart = Math.Max(start, from);
            var markEnd = Math.Min(end, to);
            if (markStart >= markEnd)
            {
                continue;
            }

            html.Append(WebUtility.HtmlEncode(text[position..markStart]));
            html.Append("<em>").Append(WebUtility.HtmlEncode(text[markStart..markEnd])).Append("</em>");
            position = markEnd;
        }

        html.Append(WebUtility.HtmlEncode(text[position..to]));
        return html.ToString();
    }

    private static bool HasCase(string term)
    {
        foreach (var c in term)
        {
            if (char.ToUpperInvariant(c) != c || char.ToLowerInvariant(c) != c)
            {
                return true;
            }
        }

        return false;
    }

    // Never cut a surrogate pair in two.
    private static int BoundaryAt(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) ? index - 1 : index;

    private static bool IsWholeWord(string text, int start, int length) =>
        (start == 0 || !char.IsAsciiLetterOrDigit(text[start - 1])) &&
        (start + length == text.Length || !char.IsAsciiLetterOrDigit(text[start + length]));
}
