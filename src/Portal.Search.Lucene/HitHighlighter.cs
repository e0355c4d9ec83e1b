using System.Net;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Portal.Search.Lucene;

/// <summary>
/// Marks the matched words of a hit with <c>&lt;em&gt;</c> and HTML-encodes everything else, so titles and
/// snippets are safe to render. Made per search (Lucene's highlighter keeps state), used for one page.
/// </summary>
internal sealed class HitHighlighter
{
    public const int SnippetLength = 120;
    private const string Field = "h";

    private readonly ChineseAnalyzers analyzers;
    private readonly Highlighter? title;
    private readonly Highlighter? snippet;

    public HitHighlighter(ChineseAnalyzers analyzers, IReadOnlyCollection<string> terms)
    {
        this.analyzers = analyzers;
        if (terms.Count == 0)
        {
            return;
        }

        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(Field, term)), Occur.SHOULD);
        }

        var formatter = new SimpleHTMLFormatter("<em>", "</em>");
        title = new Highlighter(formatter, HtmlEncoder.Instance, new QueryScorer(query, Field)) { TextFragmenter = new NullFragmenter() };
        snippet = new Highlighter(formatter, HtmlEncoder.Instance, new QueryScorer(query, Field))
        {
            TextFragmenter = new SimpleFragmenter(SnippetLength),
            MaxDocCharsToAnalyze = 50_000,
        };
    }

    public string Title(string text) => Best(title, text) ?? WebUtility.HtmlEncode(text);

    public string Snippet(string body)
    {
        if (Best(snippet, body) is { } fragment)
        {
            return fragment;
        }

        var start = body.Length <= SnippetLength ? body : string.Concat(body.AsSpan(0, SnippetLength), "…");
        return WebUtility.HtmlEncode(start);
    }

    private string? Best(Highlighter? highlighter, string text)
    {
        if (highlighter is null || text.Length == 0)
        {
            return null;
        }

        try
        {
            // SmartCn may cut a word into characters (光 | 伏): mark the run once, as <em>光伏</em>.
            return highlighter.GetBestFragment(analyzers.Words, Field, text)?.Replace("</em><em>", "", StringComparison.Ordinal);
        }
        catch (InvalidTokenOffsetsException)
        {
            return null;
        }
    }

    /// <summary>Encodes only what HTML needs (&lt; &gt; &amp; " '), leaving Chinese as it is.</summary>
    private sealed class HtmlEncoder : IEncoder
    {
        public static readonly HtmlEncoder Instance = new();

        public string EncodeText(string originalText) => WebUtility.HtmlEncode(originalText);
    }
}
