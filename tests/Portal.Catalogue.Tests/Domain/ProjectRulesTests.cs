using Xunit;
using static Portal.Catalogue.Tests.Domain.Samples;

namespace Portal.Catalogue.Tests.Domain;

public sealed class ProjectRulesTests
{
    [Fact]
    public void A_complete_project_breaks_no_rule() => Assert.Empty(Broken(ValidProject().Rules()));

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    public void A_project_seeks_a_positive_investment(int investmentWan) =>
        AssertBroken((ValidProject() with { InvestmentWan = investmentWan }).Rules(), ("investmentWan", "InvestmentNotPositive"));

    [Fact]
    public void The_cooperation_mode_must_be_a_code_of_the_API()
    {
        AssertBroken((ValidProject() with { CooperationMode = "JV" }).Rules(), ("cooperationMode", "UnknownCode"));
        foreach (var mode in Contracts.CooperationModes.All)
        {
            Assert.Empty(Broken((ValidProject() with { CooperationMode = mode }).Rules()));
        }
    }

    [Fact]
    public void Name_chain_and_mode_are_required() =>
        AssertBroken(
            (ValidProject() with { Name = "", Chain = "", CooperationMode = "" }).Rules(),
            ("chain", "Required"), ("cooperationMode", "Required"), ("name", "Required"));

    [Fact]
    public void The_contact_is_checked_when_given() =>
        AssertBroken((ValidProject() with { Contact = new Portal.Catalogue.Domain.Contact("招商局", null, null, "x@") }).Rules(), ("contact.email", "EmailInvalid"));
}
