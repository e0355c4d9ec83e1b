using Portal.Search.Chinese;

namespace Portal.Search.Tests.Chinese;

public sealed class PrefectureNamesTests
{
    [Theory]
    [InlineData("曲靖市", "曲靖")]
    [InlineData("昆明市", "昆明")]
    [InlineData("普洱市", "普洱")]
    [InlineData("楚雄彝族自治州", "楚雄")]
    [InlineData("红河哈尼族彝族自治州", "红河")]
    [InlineData("文山壮族苗族自治州", "文山")]
    [InlineData("西双版纳傣族自治州", "西双版纳")]
    [InlineData("大理白族自治州", "大理")]
    [InlineData("德宏傣族景颇族自治州", "德宏")]
    [InlineData("怒江傈僳族自治州", "怒江")]
    [InlineData("迪庆藏族自治州", "迪庆")]
    [InlineData("曲靖", "曲靖")]
    public void Short_name_drops_suffix_and_nationalities(string name, string expected) =>
        Assert.Equal(expected, PrefectureNames.ShortName(name));

    [Fact]
    public void Forms_hold_both_names_once()
    {
        Assert.Equal(["曲靖市", "曲靖"], PrefectureNames.Forms(" 曲靖市 "));
        Assert.Equal(["曲靖"], PrefectureNames.Forms("曲靖"));
        Assert.Equal(["红河哈尼族彝族自治州", "红河", "红河州"], PrefectureNames.Forms("红河哈尼族彝族自治州"));
        Assert.Empty(PrefectureNames.Forms("  "));
    }
}
