using System.Net;
using System.Text.RegularExpressions;

namespace Portal.CatalogueSearch.Projection;

/// <summary>
/// Plain text from the catalogue's rich text, for the index and its snippets. The HTML was sanitized on
/// the way in (an allow-list of article tags), so tags are stripped rather than parsed; block ends become
/// spaces so that words of two paragraphs never run together.
/// </summary>
internal static partial class HtmlText
{
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var spaced = BlockBoundary().Replace(html, " ");
        var text = WebUtility.HtmlDecode(AnyTag().Replace(spaced, ""));
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"<\s*(br|/p|/h[1-6]|/li|/div|/tr|/td|/th|/blockquote|/ul|/ol|/table|hr)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockBoundary();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
