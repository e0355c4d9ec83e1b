using Portal.Catalogue.Domain;
using Xunit;
using static Portal.Catalogue.Tests.Domain.Samples;

namespace Portal.Catalogue.Tests.Domain;

public sealed class PolicyRulesTests
{
    [Fact]
    public void A_complete_policy_breaks_no_rule() => Assert.Empty(Broken(ValidPolicy().Rules()));

    [Fact]
    public void A_policy_must_end_after_it_starts()
    {
        var from = new DateOnly(2024, 1, 1);
        AssertBroken((ValidPolicy() with { EffectiveFrom = from, EffectiveTo = from.AddDays(-1) }).Rules(), ("effectiveTo", "EndNotAfterStart"));
        AssertBroken((ValidPolicy() with { EffectiveFrom = from, EffectiveTo = from }).Rules(), ("effectiveTo", "EndNotAfterStart"));
        Assert.Empty(Broken((ValidPolicy() with { EffectiveFrom = from, EffectiveTo = from.AddDays(1) }).Rules()));
    }

    [Fact]
    public void An_open_ended_policy_is_fine() => Assert.Empty(Broken((ValidPolicy() with { EffectiveTo = null }).Rules()));

    [Fact]
    public void Incentive_kinds_and_level_must_be_codes_of_the_API() =>
        AssertBroken(
            (ValidPolicy() with { Level = "provincial-level", IncentiveKinds = ["land", "tax-break"] }).Rules(),
            ("incentiveKinds[1]", "UnknownCode"), ("level", "UnknownCode"));

    [Fact]
    public void Every_incentive_kind_of_the_API_is_accepted() =>
        Assert.Empty(Broken((ValidPolicy() with { IncentiveKinds = [.. Contracts.IncentiveKinds.All] }).Rules()));

    [Fact]
    public void Title_issuer_and_body_are_required() =>
        AssertBroken(
            (ValidPolicy() with { Title = "", Issuer = "", Body = "" }).Rules(),
            ("body", "Required"), ("issuer", "Required"), ("title", "Required"));

    [Fact]
    public void The_document_number_is_optional_but_limited() =>
        AssertBroken(
            (ValidPolicy() with { DocumentNumber = new string('号', PolicyLimits.DocumentNumberMaxLength + 1) }).Rules(),
            ("documentNumber", "TooLong"));

    [Theory]
    [InlineData("2026-12-30", false)]
    [InlineData("2026-12-31", false)] // the last day still counts
    [InlineData("2027-01-01", true)]
    public void A_policy_is_expired_once_its_last_day_has_passed(string today, bool expired) =>
        Assert.Equal(expired, ValidPolicy().IsExpiredOn(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void An_open_ended_policy_never_expires() =>
        Assert.False((ValidPolicy() with { EffectiveTo = null }).IsExpiredOn(new DateOnly(2100, 1, 1)));
}
