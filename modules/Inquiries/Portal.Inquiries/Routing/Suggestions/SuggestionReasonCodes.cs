namespace Portal.Inquiries.Routing.Suggestions;

/// <summary>The codes of <see cref="SuggestionReason.Code"/>.</summary>
internal static class SuggestionReasonCodes
{
    public const string ChainMatch = "chain-match";
    public const string LandEnough = "land-enough";
    public const string LandShort = "land-short";
    public const string LandAvailable = "land-available";
    public const string PowerPrice = "power-price";
    public const string LandPrice = "land-price";
    public const string Policies = "policies";
    public const string PreferredPrefecture = "preferred-prefecture";
    public const string PreferredPark = "preferred-park";
    public const string ParkLevel = "park-level";
    public const string PrefectureParks = "prefecture-parks";
}
