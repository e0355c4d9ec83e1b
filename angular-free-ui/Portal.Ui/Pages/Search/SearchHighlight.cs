using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Portal.Ui.Pages.Search;

/// <summary>
/// Renders a hit's title or snippet. Both engines promise encoded text in which only <c>&lt;em&gt;</c> is
/// markup (Lucene's highlighter encodes every fragment through its encoder; the Elasticsearch engine
/// rebuilds its fragments). The page still rebuilds the string the same way, so that a third engine, or
/// a regression in one, can never put markup of its own on the page: text between the tags is decoded
/// and encoded again, and the tags are re-emitted balanced.
/// </summary>
internal static class SearchHighlight
{
    private const string Open = "<em>";
    private const string Close = "</em>";

    public static IHtmlContent Render(string highlighted) => new HtmlString(Rebuild(highlighted));

    internal static string Rebuild(string highlighted)
    {
        var html = new StringBuilder(highlighted.Length + 8);
        var inside = false;
        var position = 0;
        while (position < highlighted.Length)
        {
            var tag = inside ? Close : Open;
            var next = highlighted.IndexOf(tag, position, StringComparison.Ordinal);
            var end = next < 0 ? highlighted.Length : next;
            var text = WebUtility.HtmlEncode(WebUtility.HtmlDecode(highlighted[position..end]));
            if (text.Length > 0)
            {
                html.Append(inside ? Open : "").Append(text).Append(inside ? Close : "");
            }

            if (next < 0)
            {
                break;
            }

            position = next + tag.Length;
            inside = !inside;
        }

        return html.ToString();
    }
}
