using AngleSharp.Dom;
using Ganss.Xss;

namespace Portal.Catalogue.Features;

/// <summary>
/// Cleans rich text (policy bodies, descriptions) on the way in, so that everything stored is safe to
/// render as HTML: only the tags of an article survive (no scripts, forms, frames or styles), event
/// handlers and <c>javascript:</c> URLs go, and every link gets <c>rel="noopener noreferrer nofollow"</c>
/// (we do not vouch for the sites prefectures link to). One shared instance: Sanitize is thread-safe.
/// </summary>
internal sealed class RichTextSanitizer
{
    private const string LinkRel = "noopener noreferrer nofollow";

    private readonly HtmlSanitizer _sanitizer;

    public RichTextSanitizer()
    {
        var options = HtmlSanitizerOptions.Empty();
        foreach (var tag in AllowedTags)
        {
            options.AllowedTags.Add(tag);
        }

        foreach (var attribute in AllowedAttributes)
        {
            options.AllowedAttributes.Add(attribute);
        }

        foreach (var scheme in new[] { "http", "https", "mailto", "tel" })
        {
            options.AllowedSchemes.Add(scheme);
        }

        options.UriAttributes.Add("href");
        options.UriAttributes.Add("src");
        _sanitizer = new HtmlSanitizer(options);
        _sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", LinkRel);
            }
        };
    }

    /// <summary>What a policy text or a park description needs: structure, emphasis, lists, tables, links, pictures.</summary>
    private static readonly string[] AllowedTags =
    [
        "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "div", "span", "blockquote", "pre", "code",
        "strong", "b", "em", "i", "u", "s", "sub", "sup", "small", "mark",
        "ul", "ol", "li", "dl", "dt", "dd",
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
        "a", "img", "figure", "figcaption",
    ];

    private static readonly string[] AllowedAttributes = ["href", "title", "target", "src", "alt", "width", "height", "colspan", "rowspan", "scope"];

    /// <summary>The cleaned HTML, or null when nothing but whitespace (or nothing safe) is left.</summary>
    public string? Sanitize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var clean = _sanitizer.Sanitize(html).Trim();
        return clean.Length == 0 ? null : clean;
    }
}
