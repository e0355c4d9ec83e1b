using Portal.Catalogue.Contracts;

namespace Portal.Inquiries.Routing.Suggestions;

/// <summary>A park an inquiry could land in, its score (the sum of its reasons' points) and the reasons, best first.</summary>
internal sealed record ParkSuggestion(
    Guid ParkId,
    string ParkName,
    PrefectureRefDto Prefecture,
    decimal Score,
    IReadOnlyList<SuggestionReason> Reasons);
