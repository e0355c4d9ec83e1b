using Portal.Inquiries.Domain.Enterprises;
using Xunit;

namespace Portal.Inquiries.Tests.Enterprises;

public sealed class MainlandMobileTests
{
    [Theory]
    [InlineData("13800138000", "13800138000")]
    [InlineData("19912345678", "19912345678")]
    [InlineData("+86 138 0013 8000", "13800138000")]
    [InlineData("0086-138-0013-8000", "13800138000")]
    [InlineData("+8615012345678", "15012345678")]
    [InlineData(" 138-0013-8000 ", "13800138000")]
    [InlineData("１３８００１３８０００", "13800138000")]
    [InlineData("＋８６ １８６１２３４５６７８", "18612345678")]
    public void A_mobile_number_is_accepted_without_prefix_and_separators(string input, string expected)
    {
        Assert.True(MainlandMobile.TryParse(input, out var mobile, out var violation), violation?.Code);
        Assert.Equal(expected, mobile.Value);
    }

    [Theory]
    [InlineData("0871-12345678")]
    [InlineData("087112345678")]
    [InlineData("010-62345678")]
    [InlineData("65123456")]
    [InlineData("6512345")]
    public void A_landline_is_refused_with_its_own_reason(string input)
    {
        Assert.False(MainlandMobile.TryParse(input, out var mobile, out var violation));

        Assert.Null(mobile);
        Assert.Equal("mobile.landline", violation.Code);
    }

    [Theory]
    [InlineData("1380013800", 10)]
    [InlineData("138001380001", 12)]
    public void A_number_of_another_length_is_refused(string input, int length)
    {
        Assert.False(MainlandMobile.TryParse(input, out _, out var violation));

        Assert.Equal("mobile.length", violation.Code);
        Assert.Equal([MainlandMobile.Length, length], violation.Arguments);
    }

    [Theory]
    [InlineData("12800138000")]
    [InlineData("11800138000")]
    [InlineData("10800138000")]
    [InlineData("+86 871 6512 3456")] // a Kunming landline dialled from abroad drops its 0
    public void Eleven_digits_not_starting_13_to_19_are_refused(string input)
    {
        Assert.False(MainlandMobile.TryParse(input, out _, out var violation));
        Assert.Equal("mobile.prefix", violation.Code);
    }

    [Theory]
    [InlineData("138 0013 800O")]
    [InlineData("(138)00138000")]
    [InlineData("tel:13800138000")]
    public void Letters_and_other_signs_are_refused(string input)
    {
        Assert.False(MainlandMobile.TryParse(input, out _, out var violation));
        Assert.Equal("mobile.illegal-character", violation.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" - ")]
    public void A_missing_number_is_refused_as_required(string? input)
    {
        Assert.False(MainlandMobile.TryParse(input, out _, out var violation));
        Assert.Equal("mobile.required", violation.Code);
    }

    [Fact]
    public void Two_spellings_of_one_number_are_equal()
    {
        Assert.True(MainlandMobile.TryParse("+86 138 0013 8000", out var first, out _));
        Assert.True(MainlandMobile.TryParse("13800138000", out var second, out _));

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }
}
