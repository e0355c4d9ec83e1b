namespace Portal.Inquiries.Contracts;

/// <summary>How an inquiry call ended; the HTTP endpoints map each to a status code.</summary>
public enum InquiryOutcome
{
    /// <summary>Done (200 or 201).</summary>
    Succeeded,

    /// <summary>Field errors in <see cref="InquiryResult{T}.FieldErrors"/>, keys as the API names fields (400).</summary>
    Invalid,

    /// <summary>Unknown, or not visible to the caller: another prefecture's case is never revealed (404).</summary>
    NotFound,

    /// <summary>The inquiry's or case's state forbids it (landing before signing, funds on an unsigned project…): see <see cref="InquiryResult{T}.Message"/> (409).</summary>
    Conflict,

    /// <summary>The same Idempotency-Key was used before with a different body (422).</summary>
    IdempotencyKeyReused,

    /// <summary>Too many submissions from one address: retry after <see cref="InquiryResult{T}.RetryAfter"/> (429).</summary>
    Throttled,

    /// <summary>The caller lacks the right for this action, e.g. a prefecture routing (403).</summary>
    Forbidden,
}

/// <summary>An answer with localized messages (the request culture's) and, for a refusal, a stable machine-readable <see cref="Code"/>.</summary>
public sealed record InquiryResult<T>(
    InquiryOutcome Outcome,
    T? Value = default,
    IReadOnlyDictionary<string, string[]>? FieldErrors = null,
    string? Message = null,
    TimeSpan? RetryAfter = null,
    string? Code = null)
{
    public bool Succeeded => Outcome == InquiryOutcome.Succeeded;
}

/// <summary>A page of a list.</summary>
public sealed record InquiryPage<T>(int Total, int Page, int PageSize, IReadOnlyList<T> Items);
