using Portal.Search.Chinese;

namespace Portal.Search.Tests.Chinese;

public sealed class SynonymExpanderTests
{
    private static readonly SynonymExpander Expander = new([["锂电池", "锂电", "新能源电池"], ["光伏", "太阳能"], ["物流", "logistics"]]);

    [Fact]
    public void A_term_is_replaced_by_each_other_term_of_its_group()
    {
        Assert.Equal(["曲靖 锂电池", "曲靖 新能源电池"], Expander.Alternatives("曲靖 锂电"));
    }

    [Fact]
    public void The_longest_term_wins_over_one_it_contains()
    {
        Assert.Equal(["锂电", "新能源电池"], Expander.Alternatives("锂电池"));
    }

    [Fact]
    public void Several_groups_each_give_alternatives()
    {
        var alternatives = Expander.Alternatives("光伏 锂电");
        Assert.Contains("太阳能 锂电", alternatives);
        Assert.Contains("光伏 锂电池", alternatives);
    }

    [Fact]
    public void Latin_terms_match_whole_words_only()
    {
        Assert.Equal(["物流"], Expander.Alternatives("Logistics"));
        Assert.Empty(Expander.Alternatives("biologistics"));
    }

    [Fact]
    public void Pinyin_reaches_the_chinese_terms()
    {
        Assert.Contains("光伏", Expander.Alternatives("guangfu"));
        Assert.Contains("太阳能", Expander.Alternatives("tyn"));
        Assert.Contains("新能源电池", Expander.Alternatives("xnydc"));
        Assert.Empty(Expander.Alternatives("gf"));
    }

    [Fact]
    public void Default_list_resolves_the_issue_examples()
    {
        Assert.Contains("绿色铝", SynonymExpander.Default.Alternatives("lvl"));
        Assert.Contains("绿色铝", SynonymExpander.Default.Alternatives("lvselv"));
        Assert.Contains("锂电池", SynonymExpander.Default.Alternatives("新能源电池"));
        Assert.Contains("太阳能", SynonymExpander.Default.Alternatives("光伏"));
        Assert.True(SynonymExpander.Default.Alternatives("新能源电池 光伏 物流 文旅").Count <= SynonymExpander.MaxAlternatives);
    }

    [Fact]
    public void Nothing_to_expand_gives_nothing_and_expand_fills_the_query()
    {
        Assert.Empty(Expander.Alternatives(null));
        Assert.Empty(Expander.Alternatives("园区"));
        var query = Expander.Expand(new SearchQuery { Text = "光伏" });
        Assert.Equal(["太阳能"], query.Alternatives);
    }
}
