using System.Collections;
using System.Globalization;
using System.Resources;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Domain.Rules;
using Portal.Catalogue.Localization;
using Xunit;

namespace Portal.Catalogue.Tests.Features;

public sealed class CatalogueMessagesTests
{
    private static readonly ResourceManager Resources = new("Portal.Catalogue.Localization.CatalogueMessages", typeof(CatalogueMessages).Assembly);

    /// <summary>One broken instance of every rule.</summary>
    private static readonly IBusinessRule[] Rules =
    [
        new TextIsRequired("name", ""),
        new TextCannotExceedItsLimit("name", "长名字", 1),
        new ListCannotExceedItsLimit("chains", 2, 1),
        new AmountCannotBeNegative("landPriceWanPerMu", -1),
        new AmountCannotExceedItsLimit("landPriceWanPerMu", 2, 1),
        new InvestmentMustBePositive(0),
        new AvailableLandCannotExceedPlannedArea(1, 2),
        new LatitudeAndLongitudeGoTogether(25, null),
        new LocationMustLieInYunnan("latitude", 40, YunnanExtent.MinLatitude, YunnanExtent.MaxLatitude),
        new PolicyMustEndAfterItStarts(new DateOnly(2024, 1, 1), new DateOnly(2023, 1, 1)),
        new CodeMustBeKnown("kind", "x", ["a"]),
        new IndustryChainMustExist("chains[0]", "x", new HashSet<string>()),
        new ParkMustBelongToThePrefecture("parks[0]", Guid.NewGuid(), new HashSet<Guid>()),
        new DocumentNumberMustBeUniquePerIssuer("曲靖市人民政府", "曲政发〔2024〕6号", true),
        new ContactEmailMustBeAnAddress("contacts[0].email", "x"),
        new ContactPhoneMustBeDialable("contacts[0].phone", "x"),
        new ArchivedItemCannotBeEdited(PublicationStatus.Archived),
        new PublishedItemCannotBeDeleted(PublicationStatus.Published),
        new ParkInUseCannotBeDeleted(1, 1),
    ];

    [Fact]
    public void Every_message_exists_in_Chinese_and_in_English()
    {
        var chinese = Keys(CultureInfo.InvariantCulture);
        var english = Keys(new CultureInfo("en"));

        Assert.NotEmpty(chinese);
        Assert.Equal(chinese.Order(StringComparer.Ordinal), english.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_rule_is_broken_here_once_and_its_message_is_translated()
    {
        var ruleTypes = typeof(IBusinessRule).Assembly.GetTypes()
            .Where(t => t.IsClass && typeof(IBusinessRule).IsAssignableFrom(t))
            .ToHashSet();
        Assert.Equal(ruleTypes, Rules.Select(r => r.GetType()).ToHashSet());

        var keys = Keys(CultureInfo.InvariantCulture);
        foreach (var rule in Rules)
        {
            Assert.True(rule.IsBroken(), rule.GetType().Name);
            Assert.Contains(rule.Violation.MessageKey, keys);
            foreach (var culture in new[] { CultureInfo.InvariantCulture, new CultureInfo("en") })
            {
                var format = Resources.GetString(rule.Violation.MessageKey, culture)!;
                Assert.DoesNotContain("{", string.Format(culture, format, rule.Violation.Arguments), StringComparison.Ordinal);
            }
        }
    }

    private static HashSet<string> Keys(CultureInfo culture)
    {
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!;
        return [.. set.Cast<DictionaryEntry>().Select(e => (string)e.Key)];
    }
}
