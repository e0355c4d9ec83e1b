using Microsoft.Extensions.DependencyInjection;
using Portal.Catalogue.Contracts;
using Portal.Inquiries.Routing.Suggestions;
using Portal.Testing;
using Xunit;

namespace Portal.Inquiries.Tests.Suggestions;

/// <summary>The catalogue's side of routing suggestions, over HTTP-published data on PostgreSQL.</summary>
public sealed class CatalogueMatchingTests(MatchingFixture fixture) : IClassFixture<MatchingFixture>
{
    private const string Battery = "new-energy-battery";
    private const string Photovoltaic = "photovoltaic";

    [ServiceFact(Service.Postgres)]
    public async Task Published_parks_of_every_prefecture_are_candidates_and_drafts_archived_and_off_chain_parks_are_not()
    {
        using var a = await fixture.NewPrefectureAsync("甲州");
        using var b = await fixture.NewPrefectureAsync("乙州");
        var published = await a.PublishedParkAsync("甲州电池园", 1200m, 0.35m, Battery, "new-materials");
        var otherPrefecture = await b.PublishedParkAsync("乙州电池园", 300m, 0.42m, Battery);
        var draft = await a.CreateParkAsync("甲州草稿园", 5000m, 0.30m, Battery);
        var archived = await b.PublishedParkAsync("乙州归档园", 5000m, 0.30m, Battery);
        await b.ActAsync("parks", archived, "archive");
        var unpublished = await b.PublishedParkAsync("乙州撤回园", 5000m, 0.30m, Battery);
        await b.ActAsync("parks", unpublished, "unpublish");
        var offChain = await b.PublishedParkAsync("乙州光伏园", 900m, 0.30m, Photovoltaic);

        var match = await MatchAsync(new CatalogueMatchQuery(Battery, 300m));

        var parks = match.Parks.ToDictionary(p => p.Id);
        Assert.Contains(published, parks.Keys);
        Assert.Contains(otherPrefecture, parks.Keys);
        Assert.DoesNotContain(draft, parks.Keys);
        Assert.DoesNotContain(archived, parks.Keys);
        Assert.DoesNotContain(unpublished, parks.Keys);
        Assert.DoesNotContain(offChain, parks.Keys);
        Assert.All(match.Parks, p => Assert.True(p.ChainMatches));
        var park = parks[published];
        Assert.Equal((a.Slug, a.Code, "甲州"), (park.Prefecture.Slug, park.Prefecture.Code, park.Prefecture.Name));
        Assert.Equal("甲州电池园", park.Name);
        Assert.Equal(CatalogueLevels.National, park.Level);
        Assert.Equal(1200m, park.AvailableLandMu);
        Assert.Equal(18m, park.LandPriceWanPerMu);
        Assert.Equal(0.35m, park.PowerPriceYuanPerKwh);
        Assert.Equal([Battery, "new-materials"], park.Chains);
        Assert.False(park.PreferredPark || park.PreferredPrefecture);
        Assert.Equal(b.Code, parks[otherPrefecture].Prefecture.Code);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Preferred_parks_and_prefectures_are_candidates_whatever_their_chain()
    {
        using var a = await fixture.NewPrefectureAsync("丙州");
        using var b = await fixture.NewPrefectureAsync("丁州");
        var inPreferredPrefecture = await a.PublishedParkAsync("丙州光伏园", 800m, 0.31m, Photovoltaic);
        var preferredPark = await b.PublishedParkAsync("丁州光伏园", 800m, 0.31m, Photovoltaic);
        var neither = await b.PublishedParkAsync("丁州另一光伏园", 800m, 0.31m, Photovoltaic);

        var match = await MatchAsync(new CatalogueMatchQuery(Battery, null, [a.Slug], [preferredPark]));
        var byCode = await MatchAsync(new CatalogueMatchQuery(Battery, null, [a.Code.ToUpperInvariant()]));
        var withoutChain = await MatchAsync(new CatalogueMatchQuery(null));

        var parks = match.Parks.ToDictionary(p => p.Id);
        Assert.True(parks[inPreferredPrefecture] is { PreferredPrefecture: true, PreferredPark: false, ChainMatches: false });
        Assert.True(parks[preferredPark] is { PreferredPark: true, PreferredPrefecture: false, ChainMatches: false });
        Assert.DoesNotContain(neither, parks.Keys);
        Assert.Contains(byCode.Parks, p => p.Id == inPreferredPrefecture && p.PreferredPrefecture);
        Assert.Contains(withoutChain.Parks, p => p.Id == neither && !p.ChainMatches);
    }

    [ServiceFact(Service.Postgres)]
    public async Task Only_published_policies_in_force_and_open_to_the_chain_apply_to_the_parks_they_name_or_to_all_of_their_prefecture()
    {
        using var a = await fixture.NewPrefectureAsync("戊州");
        using var b = await fixture.NewPrefectureAsync("己州");
        var first = await a.PublishedParkAsync("戊州一园", 1000m, 0.33m, Battery);
        var second = await a.PublishedParkAsync("戊州二园", 1000m, 0.33m, Battery);
        var draftPark = await a.CreateParkAsync("戊州草稿园", 1000m, 0.33m, Battery);
        var elsewhere = await b.PublishedParkAsync("己州园", 1000m, 0.33m, Battery);

        var forFirst = await a.PublishedPolicyAsync("一园用地政策", [Battery], [first], ["land", "power"]);
        var forWholePrefecture = await a.PublishedPolicyAsync("全州通用政策", [], [], ["tax"]);
        var forDraftParkOnly = await a.PublishedPolicyAsync("草稿园专项政策", [Battery], [draftPark], ["subsidy"]);
        await a.PublishedPolicyAsync("已过期政策", [Battery], [first], ["land"], "2020-01-01", "2021-12-31");
        await a.PublishedPolicyAsync("尚未生效政策", [Battery], [first], ["land"], "2099-01-01", null);
        await a.PublishedPolicyAsync("光伏政策", [Photovoltaic], [first], ["power"]);
        await a.CreatePolicyAsync("草稿政策", [Battery], [first], ["talent"]);
        var archivedPolicy = await a.PublishedPolicyAsync("归档政策", [Battery], [first], ["financing"]);
        await a.ActAsync("policies", archivedPolicy, "archive");

        var match = await MatchAsync(new CatalogueMatchQuery(Battery, 500m));

        var ours = match.Policies.Where(p => p.Prefecture.Slug == a.Slug).ToList();
        Assert.Equal(new HashSet<string> { "一园用地政策", "全州通用政策" }, ours.Select(p => p.Title).ToHashSet());
        var policy = Assert.Single(ours, p => p.Id == forFirst);
        Assert.Equal([first], policy.AppliesToParks);
        Assert.Equal(["land", "power"], policy.IncentiveKinds);
        Assert.Equal(new DateOnly(2099, 12, 31), policy.EffectiveTo);
        Assert.Equal(new HashSet<Guid> { first, second }, Assert.Single(ours, p => p.Id == forWholePrefecture).AppliesToParks.ToHashSet());
        Assert.DoesNotContain(match.Policies, p => p.Id == forDraftParkOnly);
        Assert.DoesNotContain(match.Policies, p => p.AppliesToParks.Contains(elsewhere));
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_disabled_prefecture_drops_out_with_its_parks_and_policies()
    {
        using var a = await fixture.NewPrefectureAsync("癸州");
        var park = await a.PublishedParkAsync("癸州电池园", 1000m, 0.33m, Battery);
        var policy = await a.PublishedPolicyAsync("癸州政策", [Battery], [park], ["land"]);
        Assert.Contains((await MatchAsync(new CatalogueMatchQuery(Battery))).Policies, p => p.Id == policy);

        await fixture.DisableAsync(a);
        var match = await MatchAsync(new CatalogueMatchQuery(Battery, null, [a.Slug], [park]));

        Assert.DoesNotContain(match.Parks, p => p.Id == park);
        Assert.DoesNotContain(match.Policies, p => p.Id == policy);
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_public_version_is_matched_not_the_working_copy()
    {
        using var a = await fixture.NewPrefectureAsync("庚州");
        var park = await a.PublishedParkAsync("庚州公开名称", 1000m, 0.33m, Battery);
        await a.RenameDraftAsync(park, "庚州草稿名称");

        var match = await MatchAsync(new CatalogueMatchQuery(Battery));

        Assert.Equal("庚州公开名称", Assert.Single(match.Parks, p => p.Id == park).Name);
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_suggester_ranks_the_parks_of_every_prefecture_and_explains_why()
    {
        using var a = await fixture.NewPrefectureAsync("辛州");
        using var b = await fixture.NewPrefectureAsync("壬州");
        var roomy = await a.PublishedParkAsync("辛州电池园", 1200m, 0.35m, Battery);
        await a.PublishedPolicyAsync("辛州用地政策", [Battery], [roomy], ["land"]);
        await a.PublishedPolicyAsync("辛州电价政策", [Battery], [roomy], ["power"]);
        await a.PublishedPolicyAsync("辛州人才政策", [], [roomy], ["talent"]);
        var cramped = await b.PublishedParkAsync("壬州电池园", 100m, 0.35m, Battery);

        await using var scope = fixture.App.Services.CreateAsyncScope();
        var suggester = new RoutingSuggester(
            scope.ServiceProvider.GetRequiredService<ICatalogueMatching>(), scope.ServiceProvider.GetRequiredService<ICatalogueModule>());
        var suggestions = await suggester.SuggestAsync(new SuggestionRequest(Battery, 300m, PreferredPrefectures: [b.Slug], Top: SuggestionRequest.MaxTop));

        var ours = suggestions.Parks.Where(p => p.ParkId == roomy || p.ParkId == cramped).ToList();
        Assert.Equal([roomy, cramped], ours.Select(p => p.ParkId));
        Assert.Equal(
            ["产业链匹配：新能源电池", "可用土地 1200 亩 ≥ 需求 300 亩", "工业电价 0.35 元/kWh", "适用政策 3 项（土地、电价、人才）"],
            ours[0].Reasons.Select(r => r.TextZh).Take(4));
        Assert.Contains(ours[1].Reasons, r => r.TextZh == "可用土地 100 亩，少于需求 300 亩");
        Assert.Contains(ours[1].Reasons, r => r.Code == SuggestionReasonCodes.PreferredPrefecture);
        Assert.Contains(suggestions.Prefectures, p => p.Prefecture.Slug == a.Slug && p.ParkIds.Contains(roomy));
        Assert.Contains(suggestions.Prefectures, p => p.Prefecture.Slug == b.Slug && p.ParkIds.Contains(cramped));
    }

    [Fact]
    public void The_suggester_is_registered_as_a_scoped_service()
    {
        var services = new ServiceCollection().AddRoutingSuggestions();

        var registration = Assert.Single(services, d => d.ServiceType == typeof(RoutingSuggester));
        Assert.Equal(ServiceLifetime.Scoped, registration.Lifetime);
    }

    private async Task<CatalogueMatchDto> MatchAsync(CatalogueMatchQuery query)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ICatalogueMatching>().MatchAsync(query);
    }
}
