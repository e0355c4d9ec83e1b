using System.Net;
using System.Text;

namespace Portal.Search.Elasticsearch;

/// <summary>
/// Makes the HTML a hit shows: encoded text in which only <c>&lt;em&gt;</c> is markup. Elasticsearch's
/// html encoder already escapes the text, but the fragment is rebuilt here anyway (decode, re-encode,
/// balanced tags) so that the promise does not rest on a server setting.
/// </summary>
internal static class HighlightedHtml
{
    private const string Open = "<em>";
    private const string Close = "</em>";

    /// <summary>Rebuilds an Elasticsearch fragment (escaped text with <c>&lt;em&gt;</c> tags).</summary>
    public static string FromFragment(string fragment)
    {
        var html = new StringBuilder(fragment.Length + 16);
        var inside = false;
        var position = 0;
        while (position < fragment.Length)
        {
            var tag = inside ? Close : Open;
            var next = fragment.IndexOf(tag, position, StringComparison.Ordinal);
            var end = next < 0 ? fragment.Length : next;
            AppendText(html, fragment[position..end], inside);
            if (next < 0)
            {
                break;
            }

            position = next + tag.Length;
            inside = !inside;
        }

        return html.ToString();
    }

    /// <summary>Plain text with nothing marked, cut to <paramref name="maxLength"/> characters.</summary>
    public static string FromPlainText(string text, int maxLength) =>
        WebUtility.HtmlEncode(text.Length > maxLength ? text[..maxLength] : text);

    /// <summary>Whether a rebuilt fragment marks at least one match.</summary>
    public static bool HasMatch(string html) => html.Contains(Open, StringComparison.Ordinal);

    private static void AppendText(StringBuilder html, string escaped, bool marked)
    {
        if (escaped.Length == 0)
        {
            return;
        }

        // Decoding first means an entity the server wrote is not escaped twice; encoding after means nothing else survives as markup.
        var text = WebUtility.HtmlEncode(WebUtility.HtmlDecode(escaped));
        if (marked)
        {
            // 光|伏 segmented apart come back as <em>光</em><em>伏</em>: mark the word once.
            if (html.Length >= Close.Length && html.ToString(html.Length - Close.Length, Close.Length) == Close)
            {
                html.Length -= Close.Length;
            }
            else
            {
                html.Append(Open);
            }

            html.Append(text).Append(Close);
        }
        else
        {
            html.Append(text);
        }
    }
}
