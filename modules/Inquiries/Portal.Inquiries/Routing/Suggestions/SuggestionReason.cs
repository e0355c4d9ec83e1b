namespace Portal.Inquiries.Routing.Suggestions;

/// <summary>One reason a park or prefecture scored what it did: a stable code, the points it brought, and the reason in words.</summary>
/// <param name="Code">One of <see cref="SuggestionReasonCodes"/>.</param>
internal sealed record SuggestionReason(string Code, decimal Points, string TextZh, string TextEn);
