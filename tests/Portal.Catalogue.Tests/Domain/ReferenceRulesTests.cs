using Portal.Catalogue.Domain;
using Portal.Catalogue.Domain.Rules;
using Xunit;

namespace Portal.Catalogue.Tests.Domain;

/// <summary>The rules that need facts from the database, given those facts.</summary>
public sealed class ReferenceRulesTests
{
    private static readonly HashSet<string> Taxonomy = new(StringComparer.Ordinal) { "green-aluminium", "new-energy-battery" };

    [Fact]
    public void A_chain_code_must_be_in_the_taxonomy()
    {
        Assert.False(new IndustryChainMustExist("chains[0]", "green-aluminium", Taxonomy).IsBroken());
        var rule = new IndustryChainMustExist("chains[1]", "Green-Aluminium", Taxonomy);
        Assert.True(rule.IsBroken());
        Assert.Equal("chains[1]", rule.Violation.Field);
    }

    [Fact]
    public void A_park_must_belong_to_the_prefecture()
    {
        var own = Guid.NewGuid();
        var parks = new HashSet<Guid> { own };
        Assert.False(new ParkMustBelongToThePrefecture("parks[0]", own, parks).IsBroken());
        Assert.True(new ParkMustBelongToThePrefecture("parks[1]", Guid.NewGuid(), parks).IsBroken());
    }

    [Fact]
    public void A_document_number_is_unique_per_issuer_but_may_be_absent()
    {
        Assert.True(new DocumentNumberMustBeUniquePerIssuer("曲靖市人民政府", "曲政发〔2024〕6号", takenByAnotherPolicy: true).IsBroken());
        Assert.False(new DocumentNumberMustBeUniquePerIssuer("曲靖市人民政府", "曲政发〔2024〕6号", takenByAnotherPolicy: false).IsBroken());
        Assert.False(new DocumentNumberMustBeUniquePerIssuer("曲靖市人民政府", null, takenByAnotherPolicy: true).IsBroken());
    }

    [Fact]
    public void A_park_still_named_by_policies_or_projects_cannot_be_deleted()
    {
        Assert.True(new ParkInUseCannotBeDeleted(1, 0).IsBroken());
        Assert.True(new ParkInUseCannotBeDeleted(0, 2).IsBroken());
        Assert.False(new ParkInUseCannotBeDeleted(0, 0).IsBroken());
    }

    [Fact]
    public void State_rules_have_no_field_so_they_answer_as_conflicts()
    {
        Assert.Null(new ArchivedItemCannotBeEdited(PublicationStatus.Archived).Violation.Field);
        Assert.Null(new PublishedItemCannotBeDeleted(PublicationStatus.Published).Violation.Field);
        Assert.Null(new ParkInUseCannotBeDeleted(1, 1).Violation.Field);
    }
}
