namespace Portal.Search.Lucene;

/// <summary>
/// The amount and period filters of a query, checked on each hit from the segment's arrays. As range
/// queries they built a bit set of every document in range on each search, which cost more than the
/// text; here a check is a few array reads, and only for documents the text already matched.
/// </summary>
internal sealed class RangeFilters
{
    private readonly long? minAvailableLand;
    private readonly long? maxLandPrice;
    private readonly long? maxPowerPrice;
    private readonly long? inForceOn;

    private RangeFilters(long? minAvailableLand, long? maxLandPrice, long? maxPowerPrice, long? inForceOn)
    {
        this.minAvailableLand = minAvailableLand;
        this.maxLandPrice = maxLandPrice;
        this.maxPowerPrice = maxPowerPrice;
        this.inForceOn = inForceOn;
    }

    /// <summary>The query's filters, or null when it has none.</summary>
    public static RangeFilters? Of(SearchQuery query)
    {
        var filters = new RangeFilters(
            query.MinAvailableMu is { } land ? IndexFields.Scaled(land) : null,
            query.MaxLandPriceWanPerMu is { } landPrice ? IndexFields.Scaled(landPrice) : null,
            query.MaxPowerPriceYuanPerKwh is { } powerPrice ? IndexFields.Scaled(powerPrice) : null,
            query.InForceOnly ? query.Today.DayNumber : null);
        return filters is { minAvailableLand: null, maxLandPrice: null, maxPowerPrice: null, inForceOn: null } ? null : filters;
    }

    /// <summary>
    /// Whether the document passes: an amount filter excludes documents without that amount; "in force"
    /// excludes only policies whose period does not hold the day. <paramref name="kind"/> is the document's kind ordinal.
    /// </summary>
    public bool Passes(SegmentFacets segment, int doc, int kind)
    {
        if (minAvailableLand is { } min && !AtLeast(segment.AvailableLand[doc], min))
        {
            return false;
        }

        if (maxLandPrice is { } maxLand && !AtMost(segment.LandPrice[doc], maxLand))
        {
            return false;
        }

        if (maxPowerPrice is { } maxPower && !AtMost(segment.PowerPrice[doc], maxPower))
        {
            return false;
        }

        return inForceOn is not { } day
            || kind != segment.PolicyKind
            || segment.PolicyKind < 0
            || (segment.EffectiveFrom[doc] <= day && day <= segment.EffectiveTo[doc]);
    }

    private static bool AtLeast(long value, long min) => value != SegmentFacets.Missing && value >= min;

    private static bool AtMost(long value, long max) => value != SegmentFacets.Missing && value <= max;
}
