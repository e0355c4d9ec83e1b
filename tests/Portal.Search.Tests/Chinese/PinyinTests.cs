using Portal.Search.Chinese;

namespace Portal.Search.Tests.Chinese;

public sealed class PinyinTests
{
    [Theory]
    [InlineData("绿色铝", "lvselv")]
    [InlineData("曲靖", "qujing")]
    [InlineData("新能源电池", "xinnengyuandianchi")]
    [InlineData("西双版纳", "xishuangbanna")]
    [InlineData("重庆银行", "chongqingyinhang")]
    [InlineData("长水机场", "changshuijichang")]
    [InlineData("普洱", "puer")]
    public void Full_pinyin_is_toneless_with_v_for_umlaut(string text, string expected) =>
        Assert.Equal(expected, Pinyin.Full(text));

    [Theory]
    [InlineData("绿色铝", "lsl")]
    [InlineData("新能源电池", "xnydc")]
    [InlineData("红河哈尼族彝族自治州", "hhhnzyzzzz")]
    public void Initials_take_the_first_letter_of_each_syllable(string text, string expected) =>
        Assert.Equal(expected, Pinyin.Initials(text));

    [Fact]
    public void Latin_words_and_numbers_count_as_one_unit_and_punctuation_is_dropped()
    {
        Assert.Equal("cdmopingtai", Pinyin.Full("（CDMO）平台"));
        Assert.Equal("c1p", Pinyin.Initials("CDMO 12 平"));
    }

    [Fact]
    public void Index_terms_let_a_typed_prefix_match_a_word_inside_a_title()
    {
        var full = Pinyin.FullTerms("曲靖绿色铝产业园");
        var initials = Pinyin.InitialTerms("曲靖绿色铝产业园");

        Assert.Contains(full, term => term.StartsWith("lvselv", StringComparison.Ordinal));
        Assert.Contains(full, term => term.StartsWith("qujing", StringComparison.Ordinal));
        Assert.Contains(initials, term => term.StartsWith("lsl", StringComparison.Ordinal));
        Assert.DoesNotContain(full, term => term.StartsWith("selvx", StringComparison.Ordinal));
        Assert.All(full, term => Assert.True(term.Length <= Pinyin.TermWindow * 6));
    }

    [Fact]
    public void Unknown_characters_have_no_syllable()
    {
        Assert.Null(Pinyin.SyllableOf('a'));
        Assert.Null(Pinyin.SyllableOf('，'));
        Assert.Equal("lv", Pinyin.SyllableOf('绿'));
        Assert.False(Pinyin.HasChinese("abc 123"));
        Assert.True(Pinyin.HasChinese("abc 铝"));
        Assert.Empty(Pinyin.FullTerms(""));
    }
}
