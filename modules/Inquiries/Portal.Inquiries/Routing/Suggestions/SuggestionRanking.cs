using System.Globalization;
using Portal.Catalogue.Contracts;
using static Portal.Inquiries.Routing.Suggestions.SuggestionMessages;

namespace Portal.Inquiries.Routing.Suggestions;

/// <summary>
/// Ranks the candidate parks of a catalogue match for one inquiry and aggregates the best ones per
/// prefecture. Pure: everything it weighs is in its arguments, and every point comes with its reason.
/// </summary>
internal static class SuggestionRanking
{
    public static RoutingSuggestions Rank(CatalogueMatchDto match, IReadOnlyList<IndustryChainDto> chains, int top)
    {
        ArgumentNullException.ThrowIfNull(match);
        var parks = match.Parks
            .Select(park => Score(park, match, chains))
            .OrderByDescending(s => s.Suggestion.Score)
            .ThenBy(s => s.Park.PowerPriceYuanPerKwh ?? decimal.MaxValue)
            .ThenBy(s => s.Park.Prefecture.Code, StringComparer.Ordinal)
            .ThenBy(s => s.Park.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Park.Id)
            .Take(Math.Clamp(top, 1, SuggestionRequest.MaxTop))
            .Select(s => s.Suggestion)
            .ToList();

        var prefectures = parks
            .GroupBy(p => p.Prefecture.Code, StringComparer.Ordinal)
            .Select(Aggregate)
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.Prefecture.Code, StringComparer.Ordinal)
            .ToList();
        return new RoutingSuggestions(parks, prefectures);
    }

    private static (MatchedParkDto Park, ParkSuggestion Suggestion) Score(
        MatchedParkDto park, CatalogueMatchDto match, IReadOnlyList<IndustryChainDto> chains)
    {
        var reasons = new List<SuggestionReason>();
        if (park.ChainMatches && match.Query.ChainCode is { } chainCode)
        {
            var chain = chains.FirstOrDefault(c => string.Equals(c.Code, chainCode.Trim(), StringComparison.Ordinal));
            reasons.Add(new(
                SuggestionReasonCodes.ChainMatch,
                SuggestionWeights.ChainMatch,
                Format(Chinese, "ChainMatch", chain?.NameZh ?? chainCode),
                Format(English, "ChainMatch", chain?.NameEn ?? chainCode)));
        }

        if (park.PreferredPark)
        {
            reasons.Add(Reason(SuggestionReasonCodes.PreferredPark, SuggestionWeights.PreferredPark, "PreferredPark"));
        }

        if (park.PreferredPrefecture)
        {
            reasons.Add(Reason(SuggestionReasonCodes.PreferredPrefecture, SuggestionWeights.PreferredPrefecture, "PreferredPrefecture"));
        }

        if (LandReason(park.AvailableLandMu, match.Query.LandNeedMu) is { } land)
        {
            reasons.Add(land);
        }

        if (park.PowerPriceYuanPerKwh is { } power)
        {
            var points = Band(power, SuggestionWeights.CheapPower, SuggestionWeights.DearPower) * SuggestionWeights.PowerPrice;
            reasons.Add(Reason(SuggestionReasonCodes.PowerPrice, points, "PowerPrice", Amount(power)));
        }

        if (park.LandPriceWanPerMu is { } landPrice)
        {
            var points = Band(landPrice, SuggestionWeights.CheapLand, SuggestionWeights.DearLand) * SuggestionWeights.LandPrice;
            reasons.Add(Reason(SuggestionReasonCodes.LandPrice, points, "LandPrice", Amount(landPrice)));
        }

        if (PolicyReason([.. match.Policies.Where(p => p.AppliesToParks.Contains(park.Id))]) is { } policies)
        {
            reasons.Add(policies);
        }

        var levelPoints = park.Level switch
        {
            CatalogueLevels.National => SuggestionWeights.NationalPark,
            CatalogueLevels.Provincial => SuggestionWeights.ProvincialPark,
            CatalogueLevels.Prefecture => SuggestionWeights.PrefecturePark,
            _ => 0m,
        };
        if (levelPoints > 0)
        {
            reasons.Add(new(
                SuggestionReasonCodes.ParkLevel,
                levelPoints,
                Format(Chinese, "ParkLevel", Term(Chinese, "Level", park.Level)),
                Format(English, "ParkLevel", Term(English, "Level", park.Level))));
        }

        // Stable sort: equal points keep the order above, the order a person reads the facts in.
        List<SuggestionReason> ordered = [.. reasons.OrderByDescending(r => r.Points)];
        return (park, new ParkSuggestion(park.Id, park.Name, park.Prefecture, ordered.Sum(r => r.Points), ordered));
    }

    private static SuggestionReason? LandReason(decimal? available, decimal? need)
    {
        if (available is not { } land)
        {
            return null;
        }

        if (need is not ({ } needed and > 0))
        {
            return land > 0 ? Reason(SuggestionReasonCodes.LandAvailable, SuggestionWeights.LandAvailable, "LandAvailable", Amount(land)) : null;
        }

        return land >= needed
            ? Reason(SuggestionReasonCodes.LandEnough, SuggestionWeights.LandEnough, "LandEnough", Amount(land), Amount(needed))
            : Reason(SuggestionReasonCodes.LandShort, 0m, "LandShort", Amount(land), Amount(needed));
    }

    private static SuggestionReason? PolicyReason(IReadOnlyList<MatchedPolicyDto> policies)
    {
        if (policies.Count == 0)
        {
            return null;
        }

        // Known kinds in their catalogue order, then any other code as given.
        var kinds = policies.SelectMany(p => p.IncentiveKinds).Distinct(StringComparer.Ordinal)
            .OrderBy(k => KindOrder(k))
            .ThenBy(k => k, StringComparer.Ordinal)
            .ToList();
        var points = Math.Min(policies.Count, SuggestionWeights.MaxCountedPolicies) * SuggestionWeights.PerPolicy
            + kinds.Count * SuggestionWeights.PerIncentiveKind;
        return kinds.Count == 0
            ? Reason(SuggestionReasonCodes.Policies, points, "PoliciesWithoutKinds", policies.Count)
            : new SuggestionReason(SuggestionReasonCodes.Policies, points, KindsText(Chinese), KindsText(English));

        string KindsText(CultureInfo culture) => Format(
            culture, "Policies", policies.Count, string.Join(Format(culture, "ListSeparator"), kinds.Select(k => Term(culture, "Kind", k))));
    }

    private static PrefectureSuggestion Aggregate(IGrouping<string, ParkSuggestion> parks)
    {
        var best = parks.First(); // the parks arrive best first
        var score = best.Score + ((parks.Count() - 1) * SuggestionWeights.PerFurtherPark);
        return new PrefectureSuggestion(
            best.Prefecture,
            score,
            [.. parks.Select(p => p.ParkId)],
            [Reason(SuggestionReasonCodes.PrefectureParks, score, "PrefectureParks", parks.Count(), best.ParkName)]);
    }

    private static int KindOrder(string kind)
    {
        for (var i = 0; i < IncentiveKinds.All.Count; i++)
        {
            if (string.Equals(IncentiveKinds.All[i], kind, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    /// <summary>1 at or below <paramref name="cheap"/>, 0 at or above <paramref name="dear"/>, linear between, to two decimals.</summary>
    private static decimal Band(decimal price, decimal cheap, decimal dear) =>
        Math.Round(Math.Clamp((dear - price) / (dear - cheap), 0m, 1m), 2);

    private static SuggestionReason Reason(string code, decimal points, string key, params object[] arguments) =>
        new(code, points, Format(Chinese, key, arguments), Format(English, key, arguments));
}
