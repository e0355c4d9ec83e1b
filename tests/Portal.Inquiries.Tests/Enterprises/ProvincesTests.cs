using Portal.Inquiries.Domain.Enterprises;
using Xunit;

namespace Portal.Inquiries.Tests.Enterprises;

public sealed class ProvincesTests
{
    [Fact]
    public void There_are_34_provincial_level_divisions_with_distinct_names_and_codes()
    {
        Assert.Equal(34, Provinces.All.Count);
        Assert.Equal(34, Provinces.All.Select(p => p.Code).Distinct().Count());
        Assert.Equal(34, Provinces.All.Select(p => p.Name).Distinct().Count());
        Assert.Equal(34, Provinces.All.Select(p => p.ShortName).Distinct().Count());
        Assert.Equal(34, Provinces.All.Select(p => p.NameEn).Distinct().Count());
        Assert.All(Provinces.All, p => Assert.Matches("^[1-8][0-9]0000$", p.Code));
    }

    [Theory]
    [InlineData("广东省", "440000", "Guangdong")]
    [InlineData("广东", "440000", "Guangdong")]
    [InlineData("guangdong", "440000", "Guangdong")]
    [InlineData("浙江省", "330000", "Zhejiang")]
    [InlineData("北京市", "110000", "Beijing")]
    [InlineData("广西壮族自治区", "450000", "Guangxi")]
    [InlineData("内蒙古", "150000", "Inner Mongolia")]
    [InlineData("香港特别行政区", "810000", "Hong Kong")]
    [InlineData("澳门", "820000", "Macao")]
    [InlineData("Macau", "820000", "Macao")]
    [InlineData("台湾省", "710000", "Taiwan")]
    [InlineData("Tibet", "540000", "Xizang (Tibet)")]
    [InlineData(" 云南省 ", "530000", "Yunnan")]
    [InlineData("440000", "440000", "Guangdong")]
    public void A_province_is_found_by_full_name_short_name_English_name_or_code(string input, string code, string nameEn)
    {
        var province = Provinces.Find(input);

        Assert.NotNull(province);
        Assert.Equal(code, province.Code);
        Assert.Equal(nameEn, province.NameEn);
    }

    [Theory]
    [InlineData("广东省", true)]
    [InlineData("浙江省", true)]
    [InlineData("台湾省", true)]
    [InlineData("香港特别行政区", true)]
    [InlineData("云南省", false)]
    [InlineData("云南", false)]
    [InlineData("Yunnan", false)]
    [InlineData("昆明市", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_a_known_province_other_than_Yunnan_is_outside_Yunnan(string? name, bool outside)
    {
        Assert.Equal(outside, Provinces.IsOutsideYunnan(name));
    }

    [Theory]
    [InlineData("530100", "云南省")]
    [InlineData("440300", "广东省")]
    [InlineData("350100", "福建省")]
    [InlineData("990000", null)]
    [InlineData("53010", null)]
    public void A_division_code_lies_in_its_province(string divisionCode, string? province)
    {
        Assert.Equal(province, Provinces.FindByDivisionCode(divisionCode)?.Name);
    }

    [Fact]
    public void An_unknown_or_missing_province_is_refused_with_a_reason()
    {
        Assert.True(Provinces.TryParse("广东", out var guangdong, out _));
        Assert.False(Provinces.TryParse("昆明市", out _, out var unknown));
        Assert.False(Provinces.TryParse(" ", out _, out var missing));

        Assert.Equal("广东省", guangdong.Name);
        Assert.Equal("province.unknown", unknown.Code);
        Assert.Equal(["昆明市"], unknown.Arguments);
        Assert.Equal("province.required", missing.Code);
    }
}
