namespace Portal.Inquiries.Routing.Suggestions;

/// <summary>What an inquiry needs, as far as choosing where to send it goes.</summary>
/// <param name="ChainCode">Its industry-chain code, or null.</param>
/// <param name="LandNeedMu">The land it needs, in 亩, or null.</param>
/// <param name="PreferredPrefectures">Prefectures the enterprise named, by slug or administrative code.</param>
/// <param name="PreferredParks">Parks the enterprise named.</param>
/// <param name="Top">How many parks to suggest (1 to <see cref="MaxTop"/>).</param>
internal sealed record SuggestionRequest(
    string? ChainCode,
    decimal? LandNeedMu = null,
    IReadOnlyList<string>? PreferredPrefectures = null,
    IReadOnlyList<Guid>? PreferredParks = null,
    int Top = SuggestionRequest.DefaultTop)
{
    public const int DefaultTop = 5;
    public const int MaxTop = 20;
}
