namespace Portal.Catalogue.Contracts;

/// <summary>
/// The published parks an investment inquiry could land in, across every active prefecture, with the
/// facts a ranking needs, and the published policies in force that apply to them. Drafts, archived
/// items, disabled prefectures and expired or not yet effective policies never appear. Scoped: resolve
/// it from a request or a handler scope.
/// </summary>
public interface ICatalogueMatching
{
    Task<CatalogueMatchDto> MatchAsync(CatalogueMatchQuery query, CancellationToken cancellationToken = default);
}

/// <summary>
/// What an inquiry asks for. With a <see cref="ChainCode"/>, the candidates are the parks that list the
/// chain plus the preferred ones (by prefecture or park), and only policies open to that chain count;
/// without it, every published park is a candidate. Land need is for the ranking, not a filter here:
/// a park short of land can still host a first phase.
/// </summary>
/// <param name="ChainCode">An industry-chain code (<c>new-energy-battery</c>), or null.</param>
/// <param name="LandNeedMu">The land the enterprise needs, in 亩, or null; passed back unchanged for the ranking.</param>
/// <param name="PreferredPrefectures">Prefectures by slug (<c>qujing</c>) or administrative code (<c>530300</c>).</param>
/// <param name="PreferredParks">Park ids.</param>
public sealed record CatalogueMatchQuery(
    string? ChainCode,
    decimal? LandNeedMu = null,
    IReadOnlyList<string>? PreferredPrefectures = null,
    IReadOnlyList<Guid>? PreferredParks = null);

/// <summary>The candidates, and the policies applying to at least one of them.</summary>
public sealed record CatalogueMatchDto(
    CatalogueMatchQuery Query,
    IReadOnlyList<MatchedParkDto> Parks,
    IReadOnlyList<MatchedPolicyDto> Policies);

/// <summary>A published park with what a ranking compares. Areas in 亩, land price in 万元/亩, power in 元/kWh.</summary>
/// <param name="ChainMatches">It lists the query's chain (false when the query has none).</param>
/// <param name="PreferredPark">The inquiry names this park.</param>
/// <param name="PreferredPrefecture">The inquiry names this park's prefecture.</param>
public sealed record MatchedParkDto(
    Guid Id,
    PrefectureRefDto Prefecture,
    string Name,
    string Kind,
    string Level,
    decimal? AvailableLandMu,
    decimal? LandPriceWanPerMu,
    decimal? PowerPriceYuanPerKwh,
    IReadOnlyList<string> Chains,
    bool ChainMatches,
    bool PreferredPark,
    bool PreferredPrefecture);

/// <summary>
/// A published policy in force today (China time) open to the query's chain, and the candidate parks it
/// applies to: the parks it names, or every candidate park of its prefecture when it names none.
/// </summary>
public sealed record MatchedPolicyDto(
    Guid Id,
    PrefectureRefDto Prefecture,
    string Title,
    string Level,
    IReadOnlyList<string> Chains,
    IReadOnlyList<string> IncentiveKinds,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    IReadOnlyList<Guid> AppliesToParks);
