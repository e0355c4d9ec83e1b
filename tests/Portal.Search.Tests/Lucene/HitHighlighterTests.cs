using Portal.Search.Lucene;

namespace Portal.Search.Tests.Lucene;

public sealed class HitHighlighterTests
{
    [Fact]
    public void Touching_matches_merge_into_one_mark()
    {
        var highlighter = new HitHighlighter(["光", "伏", "组件"]);

        Assert.Equal("昆明<em>光伏</em>、<em>组件</em>项目", highlighter.Title("昆明光伏、组件项目"));
    }

    [Fact]
    public void Everything_but_the_marks_is_encoded()
    {
        var highlighter = new HitHighlighter(["<b>"]);

        Assert.Equal("&lt;i&gt; &amp; <em>&lt;b&gt;</em>", highlighter.Title("<i> & <b>"));
    }

    [Fact]
    public void Latin_terms_match_whole_words_case_insensitively()
    {
        var highlighter = new HitHighlighter(["cdmo"]);

        Assert.Equal("<em>CDMO</em> 平台 xcdmo", highlighter.Title("CDMO 平台 xcdmo"));
    }

    [Fact]
    public void The_snippet_is_the_window_with_most_matches()
    {
        var body = new string('前', 200) + "铝箔和铝合金" + new string('后', 200);
        var snippet = new HitHighlighter(["铝箔", "铝合金"]).Snippet(body);

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("<em>铝箔</em>和<em>铝合金</em>", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length <= HitHighlighter.SnippetLength + 2 + "<em></em>".Length * 2);
    }

    [Fact]
    public void Without_a_match_the_snippet_is_the_start_of_the_body()
    {
        var highlighter = new HitHighlighter(["光伏"]);

        Assert.Equal("短文本 &amp; 更多", highlighter.Snippet("短文本 & 更多"));
        var longBody = string.Concat(Enumerable.Repeat("𠀀", 100));
        var snippet = highlighter.Snippet(longBody);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(snippet[^2]));
        Assert.Equal("", new HitHighlighter([]).Snippet(""));
    }
}
