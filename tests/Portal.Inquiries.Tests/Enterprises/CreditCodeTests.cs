using Portal.Inquiries.Domain.Enterprises;
using Xunit;

namespace Portal.Inquiries.Tests.Enterprises;

public sealed class CreditCodeTests
{
    /// <summary>
    /// Codes in the real format whose check character verifies. The first is the example quoted with
    /// GB 32100-2015; worked by hand: values 9,1,3,5,0,1,0,0,M=21,0,0,0,1,0,0,Y=30,4 times the weights
    /// 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28 give 9+3+27+135+26+420+8+900+112 = 1640;
    /// 1640 mod 31 = 28 (31 × 52 = 1612), and 31 − 28 = 3, its last character.
    /// </summary>
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("911100001000079554")]
    [InlineData("91440300708461136T")]
    [InlineData("91110000802100433B")]
    [InlineData("914403001922038216")]
    [InlineData("91530300MA6K2LQH17")]
    [InlineData("91530100709700745B")]
    public void A_code_whose_check_character_verifies_is_accepted(string input)
    {
        Assert.True(CreditCode.TryParse(input, out var code, out var violation), violation?.Code);
        Assert.Equal(input, code.Value);
    }

    [Fact]
    public void The_check_character_is_computed_from_the_weighted_sum()
    {
        Assert.Equal('3', CreditCode.ComputeCheckCharacter("91350100M000100Y4"));
        Assert.Equal('7', CreditCode.ComputeCheckCharacter("91530300MA6K2LQH1"));
        // 9·1 + 1·3 + 5·9 + 3·27 + 1·26 = 164; 164 mod 31 = 9; 31 − 9 = 22 → N.
        Assert.Equal('N', CreditCode.ComputeCheckCharacter("91530100000000000"));
    }

    [Fact]
    public void A_remainder_of_zero_gives_the_check_character_zero_not_thirty_one()
    {
        // Exactly one 17th character makes the weighted sum a multiple of 31 (its weight 28 is prime to 31):
        // then 31 − 0 = 31, which the standard writes as 0.
        var prefix = "9153010000000000";
        var withZeroCheck = CreditCode.Alphabet
            .Select(c => prefix + c)
            .Single(first17 => CreditCode.ComputeCheckCharacter(first17) == '0');

        Assert.True(CreditCode.TryParse(withZeroCheck + "0", out _, out _));
    }

    [Fact]
    public void Lower_case_full_width_and_surrounding_spaces_are_normalised()
    {
        Assert.True(CreditCode.TryParse("  91350100m000100y43 ", out var lower, out _));
        Assert.True(CreditCode.TryParse("９１３５０１００Ｍ０００１００Ｙ４３", out var fullWidth, out _));
        Assert.True(CreditCode.TryParse("\u300091350100M000100Y43\u3000", out var ideographicSpaces, out _));

        Assert.Equal("91350100M000100Y43", lower.Value);
        Assert.Equal(lower, fullWidth);
        Assert.Equal(lower, ideographicSpaces);
    }

    [Fact]
    public void The_parts_of_the_code_are_named()
    {
        Assert.True(CreditCode.TryParse("91530300MA6K2LQH17", out var code, out _));

        Assert.Equal('9', code.RegistrationAuthority);
        Assert.Equal('1', code.InstitutionType);
        Assert.Equal("530300", code.DivisionCode);
        Assert.Equal("MA6K2LQH1", code.OrganisationCode);
        Assert.Equal('7', code.CheckCharacter);
        Assert.Equal("云南省", code.Province?.Name);
    }

    [Theory]
    [InlineData("91350100M000100Y44")]
    [InlineData("91350100M000100Y4A")]
    [InlineData("91350100M000101Y43")] // one organisation character mistyped
    [InlineData("91530300MA6K2LQH1A")]
    public void A_wrong_check_character_is_refused(string input)
    {
        Assert.False(CreditCode.TryParse(input, out var code, out var violation));
        Assert.Null(code);
        Assert.Equal("credit-code.check-mismatch", violation.Code);
    }

    [Theory]
    [InlineData("91350100I000100Y43", "I", 9)]
    [InlineData("91350100O000100Y43", "O", 9)]
    [InlineData("91350100M000100Z43", "Z", 16)]
    [InlineData("91350100M000100S43", "S", 16)]
    [InlineData("V1350100M000100Y43", "V", 1)]
    [InlineData("91350100M000100Y4-", "-", 18)]
    [InlineData("91350100M00010 Y43", " ", 15)]
    public void Letters_outside_the_alphabet_are_refused_with_their_position(string input, string character, int position)
    {
        Assert.False(CreditCode.TryParse(input, out _, out var violation));

        Assert.Equal("credit-code.illegal-character", violation.Code);
        Assert.Equal([character, position], violation.Arguments);
    }

    [Theory]
    [InlineData("91350100M000100Y4", 17)]
    [InlineData("91350100M000100Y430", 19)]
    [InlineData("1", 1)]
    public void A_code_of_another_length_is_refused(string input, int length)
    {
        Assert.False(CreditCode.TryParse(input, out _, out var violation));

        Assert.Equal("credit-code.length", violation.Code);
        Assert.Equal([CreditCode.Length, length], violation.Arguments);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_code_is_refused_as_required(string? input)
    {
        Assert.False(CreditCode.TryParse(input, out _, out var violation));
        Assert.Equal("credit-code.required", violation.Code);
    }

    [Fact]
    public void The_division_code_must_be_digits()
    {
        var first17 = "91A30100M000100Y4";
        var code = first17 + CreditCode.ComputeCheckCharacter(first17);

        Assert.False(CreditCode.TryParse(code, out _, out var violation));
        Assert.Equal("credit-code.division-code", violation.Code);
    }
}
