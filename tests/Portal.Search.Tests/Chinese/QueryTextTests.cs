using Portal.Search.Chinese;

namespace Portal.Search.Tests.Chinese;

public sealed class QueryTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("   ", "")]
    [InlineData("  曲靖   新能源电池 ", "曲靖 新能源电池")]
    [InlineData("ＬＶＬ　１２３", "LVL 123")]
    [InlineData("\"绿色铝\"", "绿色铝")]
    [InlineData("*", "")]
    [InlineData("AND(", "AND")]
    [InlineData("\\", "")]
    [InlineData("title:光伏 OR body:*", "title 光伏 OR body")]
    [InlineData("锂电，光伏。", "锂电 光伏")]
    [InlineData("lü", "lv")]
    [InlineData("a\u0000b\tc", "a b c")]
    public void Normalize_folds_width_collapses_space_and_drops_syntax(string? raw, string expected) =>
        Assert.Equal(expected, QueryText.Normalize(raw));

    [Fact]
    public void Normalize_caps_huge_input()
    {
        var huge = string.Concat(Enumerable.Repeat("新能源电池 ", 100_000));
        var normalized = QueryText.Normalize(huge);
        Assert.True(normalized.Length <= SearchQuery.MaxTextLength);
        Assert.StartsWith("新能源电池 新能源电池", normalized, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_never_leaves_a_lone_surrogate()
    {
        var normalized = QueryText.Normalize("\uD800铝\uDC00" + string.Concat(Enumerable.Repeat("𠀀", 80)));
        Assert.Contains("铝", normalized, StringComparison.Ordinal);
        Assert.True(normalized.Normalize() is not null);
        Assert.True(normalized.Length <= SearchQuery.MaxTextLength);
        for (var i = 0; i < normalized.Length; i++)
        {
            if (char.IsHighSurrogate(normalized[i]))
            {
                Assert.True(i + 1 < normalized.Length && char.IsLowSurrogate(normalized[i + 1]));
                i++;
            }
            else
            {
                Assert.False(char.IsLowSurrogate(normalized[i]));
            }
        }
    }

    [Theory]
    [InlineData("lvl", true)]
    [InlineData("Lv Se Lv", true)]
    [InlineData("lvl2", false)]
    [InlineData("绿色铝", false)]
    [InlineData("", false)]
    public void Latin_letters_only_is_a_pinyin_candidate(string text, bool expected) =>
        Assert.Equal(expected, QueryText.IsPinyinCandidate(text));

    [Fact]
    public void Pinyin_key_is_lower_case_without_spaces() =>
        Assert.Equal("lvselv", QueryText.PinyinKey("Lv Se Lv"));
}
