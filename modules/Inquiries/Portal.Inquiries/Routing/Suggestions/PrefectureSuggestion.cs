using Portal.Catalogue.Contracts;

namespace Portal.Inquiries.Routing.Suggestions;

/// <summary>A prefecture to route an inquiry to, scored from its suggested parks (<see cref="ParkIds"/>, best first).</summary>
internal sealed record PrefectureSuggestion(
    PrefectureRefDto Prefecture,
    decimal Score,
    IReadOnlyList<Guid> ParkIds,
    IReadOnlyList<SuggestionReason> Reasons);
