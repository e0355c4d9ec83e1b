namespace Portal.Inquiries.Routing.Suggestions;

/// <summary>The suggested parks (top N, best first) and the prefectures they lie in (best first).</summary>
internal sealed record RoutingSuggestions(IReadOnlyList<ParkSuggestion> Parks, IReadOnlyList<PrefectureSuggestion> Prefectures)
{
    public static RoutingSuggestions None { get; } = new([], []);
}
