using Portal.Catalogue.Domain;
using Portal.Catalogue.Domain.Rules;
using Portal.Catalogue.Features;
using Portal.Catalogue.Seeding;
using Xunit;

namespace Portal.Catalogue.Tests.Seeding;

/// <summary>The demo file is data the portal publishes on its first start: it must obey every rule an admin obeys.</summary>
public sealed class DemoCatalogueTests
{
    private static readonly DemoCatalogue Demo = DemoCatalogue.Load();
    private static readonly RichTextSanitizer Sanitizer = new();
    private static readonly HashSet<string> Chains = [.. InitialIndustryChains.All.Select(c => c.Code)];

    [Fact]
    public void Every_prefecture_of_Yunnan_has_several_parks_a_policy_and_projects()
    {
        Assert.Equal(16, Demo.Prefectures.Select(p => p.Slug).Distinct().Count());
        Assert.All(Demo.Prefectures, p =>
        {
            Assert.True(p.Parks.Count >= 2, p.Slug);
            Assert.NotEmpty(p.Projects);
            Assert.NotEmpty(Demo.ProvincePoliciesOf(p.Slug).Concat(p.Policies));
        });
    }

    [Fact]
    public void Every_demo_item_obeys_the_rules_and_names_known_chains_and_parks()
    {
        foreach (var prefecture in Demo.Prefectures)
        {
            var parkIds = prefecture.Parks.ToDictionary(p => p.Name, _ => Guid.NewGuid());
            foreach (var park in prefecture.Parks)
            {
                var content = park.ToContent(Sanitizer);
                Assert.Empty(BusinessRules.Broken(content.Rules()));
                Assert.Subset(Chains, content.Chains.ToHashSet());
                Assert.NotNull(content.Latitude);
            }

            foreach (var policy in Demo.ProvincePoliciesOf(prefecture.Slug).Concat(prefecture.Policies))
            {
                var content = policy.ToContent(Sanitizer, name => parkIds[name]);
                Assert.Empty(BusinessRules.Broken(content.Rules()));
                Assert.Subset(Chains, content.Chains.ToHashSet());
            }

            foreach (var project in prefecture.Projects)
            {
                var content = project.ToContent(Sanitizer, name => parkIds[name]);
                Assert.Empty(BusinessRules.Broken(content.Rules()));
                Assert.Contains(content.Chain, Chains);
            }
        }
    }

    [Fact]
    public void Some_demo_policies_have_expired_so_that_the_filter_has_something_to_show()
    {
        var today = new DateOnly(2025, 1, 1);
        var policies = Demo.Prefectures.SelectMany(p => Demo.ProvincePoliciesOf(p.Slug).Concat(p.Policies)).ToList();

        Assert.Contains(policies, p => p.ToContent(Sanitizer, _ => Guid.Empty).IsExpiredOn(today));
        Assert.Contains(policies, p => !p.ToContent(Sanitizer, _ => Guid.Empty).IsExpiredOn(today));
    }

    [Fact]
    public void The_taxonomy_has_the_sixteen_codes_of_the_API()
    {
        Assert.Equal(16, InitialIndustryChains.All.Count);
        Assert.All(InitialIndustryChains.All, c => Assert.Matches(IndustryChainLimits.CodePattern(), c.Code));
    }
}
