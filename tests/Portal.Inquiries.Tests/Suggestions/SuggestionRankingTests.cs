using System.Collections;
using System.Globalization;
using System.Resources;
using Portal.Catalogue.Contracts;
using Portal.Inquiries.Routing.Suggestions;
using Xunit;

namespace Portal.Inquiries.Tests.Suggestions;

public sealed class SuggestionRankingTests
{
    private const string Battery = "new-energy-battery";

    private static readonly PrefectureRefDto Qujing = new("qujing", "530300", "曲靖市", "Qujing");
    private static readonly PrefectureRefDto Dali = new("dali", "532900", "大理白族自治州", "Dali");
    private static readonly PrefectureRefDto Yuxi = new("yuxi", "530400", "玉溪市", "Yuxi");

    private static readonly IndustryChainDto[] Chains =
    [
        new(Battery, "新能源电池", "New-energy batteries", 5),
        new("photovoltaic", "光伏", "Photovoltaics", 4),
    ];

    [Fact]
    public void A_park_scores_the_sum_of_its_reasons_with_the_facts_in_words()
    {
        var park = Park("曲靖经开区", Qujing, land: 1200m, landPrice: 18m, power: 0.35m, level: CatalogueLevels.National);
        var match = Match(Query(land: 300m), [park],
            Policy(Qujing, [park.Id], IncentiveKinds.Power),
            Policy(Qujing, [park.Id], IncentiveKinds.Land),
            Policy(Qujing, [park.Id], IncentiveKinds.Land, IncentiveKinds.Power));

        var suggestion = Assert.Single(SuggestionRanking.Rank(match, Chains, 5).Parks);

        // 50 chain + 20 land + 15 × 0.83 power + 10 × 0.63 land price + (3 × 3 + 2 kinds) policies + 5 national.
        Assert.Equal(50m + 20m + 12.45m + 6.3m + 11m + 5m, suggestion.Score);
        Assert.Equal(suggestion.Score, suggestion.Reasons.Sum(r => r.Points));
        Assert.Equal(
            ["产业链匹配：新能源电池", "可用土地 1200 亩 ≥ 需求 300 亩", "工业电价 0.35 元/kWh", "适用政策 3 项（土地、电价）", "工业用地价格 18 万元/亩", "园区级别：国家级"],
            suggestion.Reasons.Select(r => r.TextZh));
        Assert.Equal(
            ["Industry chain match: New-energy batteries", "Available land 1200 mu ≥ need 300 mu", "Industrial power price 0.35 yuan/kWh",
                "3 applicable policies (land, power price)", "Industrial land price 18 万元 (10,000 yuan)/mu", "Park level: national"],
            suggestion.Reasons.Select(r => r.TextEn));
        Assert.Equal(
            [SuggestionReasonCodes.ChainMatch, SuggestionReasonCodes.LandEnough, SuggestionReasonCodes.PowerPrice, SuggestionReasonCodes.Policies,
                SuggestionReasonCodes.LandPrice, SuggestionReasonCodes.ParkLevel],
            suggestion.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void The_chain_weighs_more_than_cheap_power_and_land()
    {
        var matching = Park("电池园", Qujing, chains: [Battery], power: 0.55m);
        var cheapButOffChain = Park("光伏园", Dali, chains: ["photovoltaic"], power: 0.30m, land: 5000m, landPrice: 5m);

        var ranked = SuggestionRanking.Rank(Match(Query(land: 100m), [cheapButOffChain, matching]), Chains, 5).Parks;

        Assert.Equal(["电池园", "光伏园"], ranked.Select(p => p.ParkName));
    }

    [Fact]
    public void Land_short_of_the_need_brings_no_points_but_says_so()
    {
        var enough = Park("够地园区", Qujing, land: 300m);
        var short_ = Park("缺地园区", Qujing, land: 299.5m);

        var ranked = SuggestionRanking.Rank(Match(Query(land: 300m), [short_, enough]), Chains, 5).Parks;

        Assert.Equal(["够地园区", "缺地园区"], ranked.Select(p => p.ParkName));
        var shortReason = Assert.Single(ranked[1].Reasons, r => r.Code == SuggestionReasonCodes.LandShort);
        Assert.Equal(0m, shortReason.Points);
        Assert.Equal("可用土地 299.5 亩，少于需求 300 亩", shortReason.TextZh);
        Assert.Equal(SuggestionWeights.LandEnough, ranked[0].Score - ranked[1].Score);
    }

    [Fact]
    public void Without_a_land_need_available_land_counts_a_little_and_unknown_land_nothing()
    {
        var withLand = Park("有地园区", Qujing, land: 80m);
        var unknown = Park("未填园区", Qujing, land: null);

        var ranked = SuggestionRanking.Rank(Match(Query(land: null), [unknown, withLand]), Chains, 5).Parks;

        Assert.Equal("可用土地 80 亩", Assert.Single(ranked[0].Reasons, r => r.Code == SuggestionReasonCodes.LandAvailable).TextZh);
        Assert.DoesNotContain(ranked[1].Reasons, r => r.Code.StartsWith("land-", StringComparison.Ordinal) && r.Code != SuggestionReasonCodes.LandPrice);
        Assert.Equal(SuggestionWeights.LandAvailable, ranked[0].Score - ranked[1].Score);
    }

    [Theory]
    [InlineData(0.25, 15)]
    [InlineData(0.30, 15)]
    [InlineData(0.45, 7.5)]
    [InlineData(0.60, 0)]
    [InlineData(0.80, 0)]
    public void Power_scores_on_a_fixed_band_from_cheap_to_dear(double price, double points)
    {
        var park = Park("园区", Qujing, power: (decimal)price);

        var suggestion = Assert.Single(SuggestionRanking.Rank(Match(Query(), [park]), Chains, 5).Parks);

        Assert.Equal((decimal)points, Assert.Single(suggestion.Reasons, r => r.Code == SuggestionReasonCodes.PowerPrice).Points);
    }

    [Fact]
    public void Cheaper_power_wins_between_otherwise_equal_parks()
    {
        var dear = Park("甲园区", Qujing, power: 0.50m);
        var cheap = Park("乙园区", Dali, power: 0.40m);

        var ranked = SuggestionRanking.Rank(Match(Query(), [dear, cheap]), Chains, 5).Parks;

        Assert.Equal(["乙园区", "甲园区"], ranked.Select(p => p.ParkName));
    }

    [Fact]
    public void Policies_count_up_to_five_and_each_distinct_kind_once()
    {
        var park = Park("园区", Qujing);
        var policies = Enumerable.Range(0, 7).Select(_ => Policy(Qujing, [park.Id], IncentiveKinds.Tax, IncentiveKinds.Land)).ToArray();
        var elsewhere = Policy(Dali, [Guid.NewGuid()], IncentiveKinds.Talent);

        var suggestion = Assert.Single(SuggestionRanking.Rank(Match(Query(), [park], [.. policies, elsewhere]), Chains, 5).Parks);

        var reason = Assert.Single(suggestion.Reasons, r => r.Code == SuggestionReasonCodes.Policies);
        Assert.Equal((5 * SuggestionWeights.PerPolicy) + (2 * SuggestionWeights.PerIncentiveKind), reason.Points);
        Assert.Equal("适用政策 7 项（土地、税收）", reason.TextZh);
        Assert.Equal("7 applicable policies (land, tax)", reason.TextEn);
    }

    [Fact]
    public void The_preferred_park_and_prefecture_get_a_bonus()
    {
        var plain = Park("普通园区", Qujing);
        var inPreferredPrefecture = Park("意向州园区", Dali, preferredPrefecture: true);
        var preferred = Park("意向园区", Dali, preferredPark: true, preferredPrefecture: true);

        var ranked = SuggestionRanking.Rank(Match(Query(), [plain, inPreferredPrefecture, preferred]), Chains, 5).Parks;

        Assert.Equal(["意向园区", "意向州园区", "普通园区"], ranked.Select(p => p.ParkName));
        Assert.Equal(SuggestionWeights.PreferredPark + SuggestionWeights.PreferredPrefecture, ranked[0].Score - ranked[2].Score);
        Assert.Contains(ranked[0].Reasons, r => r is { Code: SuggestionReasonCodes.PreferredPark, TextZh: "企业意向园区", TextEn: "Park preferred by the enterprise" });
        Assert.Contains(ranked[1].Reasons, r => r is { Code: SuggestionReasonCodes.PreferredPrefecture, TextZh: "企业意向州（市）" });
    }

    [Fact]
    public void Only_the_top_parks_are_kept_and_their_prefectures_are_aggregated_best_first()
    {
        var qujingBest = Park("曲靖一园", Qujing, land: 1000m, power: 0.30m);
        var qujingSecond = Park("曲靖二园", Qujing, land: 1000m, power: 0.36m);
        var dali = Park("大理园", Dali, land: 1000m, power: 0.33m);
        var yuxi = Park("玉溪园", Yuxi, chains: ["photovoltaic"], power: 0.30m);

        var suggestions = SuggestionRanking.Rank(Match(Query(land: 500m), [yuxi, dali, qujingSecond, qujingBest]), Chains, 3);

        Assert.Equal(["曲靖一园", "大理园", "曲靖二园"], suggestions.Parks.Select(p => p.ParkName));
        Assert.Equal(["qujing", "dali"], suggestions.Prefectures.Select(p => p.Prefecture.Slug));
        var qujing = suggestions.Prefectures[0];
        Assert.Equal([qujingBest.Id, qujingSecond.Id], qujing.ParkIds);
        Assert.Equal(suggestions.Parks[0].Score + SuggestionWeights.PerFurtherPark, qujing.Score);
        var reason = Assert.Single(qujing.Reasons);
        Assert.Equal("2 个园区入选，最高分园区：曲靖一园", reason.TextZh);
        Assert.Equal("2 parks suggested, best: 曲靖一园", reason.TextEn);
        Assert.Equal(qujing.Score, reason.Points);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-3, 1)]
    [InlineData(100, SuggestionRequest.MaxTop)]
    public void The_number_of_parks_asked_for_is_kept_within_bounds(int top, int expected)
    {
        var parks = Enumerable.Range(0, SuggestionRequest.MaxTop + 5).Select(i => Park($"园区{i:00}", Qujing)).ToArray();

        Assert.Equal(expected, SuggestionRanking.Rank(Match(Query(), parks), Chains, top).Parks.Count);
    }

    [Fact]
    public void No_candidates_means_no_suggestions()
    {
        var suggestions = SuggestionRanking.Rank(Match(Query(), []), Chains, 5);

        Assert.Empty(suggestions.Parks);
        Assert.Empty(suggestions.Prefectures);
    }

    [Fact]
    public void An_unknown_chain_is_named_by_its_code()
    {
        var park = Park("园区", Qujing, chains: ["hydrogen"], chainMatches: true);

        var suggestion = Assert.Single(SuggestionRanking.Rank(Match(Query(chain: "hydrogen"), [park]), Chains, 5).Parks);

        Assert.Equal("产业链匹配：hydrogen", suggestion.Reasons[0].TextZh);
    }

    [Fact]
    public void Every_suggestion_message_exists_in_Chinese_and_in_English()
    {
        var resources = new ResourceManager("Portal.Inquiries.Routing.Suggestions.SuggestionMessages", typeof(SuggestionRequest).Assembly);
        var chinese = Keys(resources, CultureInfo.InvariantCulture);
        var english = Keys(resources, new CultureInfo("en"));

        Assert.NotEmpty(chinese);
        Assert.Equal(chinese.Order(StringComparer.Ordinal), english.Order(StringComparer.Ordinal));
        Assert.All(IncentiveKinds.All, kind => Assert.Contains($"Kind.{kind}", chinese));
        Assert.All(CatalogueLevels.All, level => Assert.Contains($"Level.{level}", chinese));
    }

    private static HashSet<string> Keys(ResourceManager resources, CultureInfo culture) =>
        [.. resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>().Select(e => (string)e.Key)];

    private static CatalogueMatchQuery Query(string? chain = Battery, decimal? land = null) => new(chain, land);

    private static CatalogueMatchDto Match(CatalogueMatchQuery query, MatchedParkDto[] parks, params MatchedPolicyDto[] policies) =>
        new(query, parks, policies);

    private static MatchedParkDto Park(
        string name,
        PrefectureRefDto prefecture,
        string[]? chains = null,
        decimal? land = null,
        decimal? landPrice = null,
        decimal? power = null,
        string level = CatalogueLevels.County,
        bool? chainMatches = null,
        bool preferredPark = false,
        bool preferredPrefecture = false)
    {
        chains ??= [Battery];
        return new MatchedParkDto(
            Guid.NewGuid(), prefecture, name, "industrial-park", level, land, landPrice, power, chains,
            chainMatches ?? chains.Contains(Battery), preferredPark, preferredPrefecture);
    }

    private static MatchedPolicyDto Policy(PrefectureRefDto prefecture, Guid[] parks, params string[] kinds) =>
        new(Guid.NewGuid(), prefecture, "扶持政策", CatalogueLevels.Prefecture, [Battery], kinds, new DateOnly(2024, 1, 1), null, parks);
}
