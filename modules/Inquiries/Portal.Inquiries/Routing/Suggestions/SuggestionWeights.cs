namespace Portal.Inquiries.Routing.Suggestions;

/// <summary>
/// How much each fact weighs in a park's score. Prices score on fixed bands rather than relative to
/// the other candidates, so that a park's score and its reasons do not change when another
/// prefecture publishes a park.
/// </summary>
internal static class SuggestionWeights
{
    /// <summary>The park lists the inquiry's chain: chain-based promotion is how the bureau works, so it weighs most: more than land, power and land price together, so that an off-chain park never outranks a park of the chain on prices alone.</summary>
    public const decimal ChainMatch = 50m;

    public const decimal PreferredPark = 25m;

    public const decimal PreferredPrefecture = 15m;

    /// <summary>Available land covers the need.</summary>
    public const decimal LandEnough = 20m;

    /// <summary>Available land given, no need stated: some land is better than none.</summary>
    public const decimal LandAvailable = 5m;

    /// <summary>Full points at or below <see cref="CheapPower"/>, none at or above <see cref="DearPower"/>, linear between (元/kWh).</summary>
    public const decimal PowerPrice = 15m;

    public const decimal CheapPower = 0.30m;

    public const decimal DearPower = 0.60m;

    /// <summary>Full points at or below <see cref="CheapLand"/>, none at or above <see cref="DearLand"/>, linear between (万元/亩).</summary>
    public const decimal LandPrice = 10m;

    public const decimal CheapLand = 5m;

    public const decimal DearLand = 40m;

    /// <summary>Per applicable policy, up to <see cref="MaxCountedPolicies"/> policies.</summary>
    public const decimal PerPolicy = 3m;

    public const int MaxCountedPolicies = 5;

    /// <summary>Per distinct incentive kind among the applicable policies.</summary>
    public const decimal PerIncentiveKind = 1m;

    public const decimal NationalPark = 5m;

    public const decimal ProvincialPark = 3m;

    public const decimal PrefecturePark = 1m;

    /// <summary>A prefecture scores its best park plus this for every other suggested park it holds.</summary>
    public const decimal PerFurtherPark = 2m;
}
