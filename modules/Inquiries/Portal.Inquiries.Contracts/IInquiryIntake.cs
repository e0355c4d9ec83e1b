namespace Portal.Inquiries.Contracts;

/// <summary>
/// The enterprise's side, without an account: the public form (page and <c>POST /api/inquiries</c>) and
/// tracking (the <c>/track</c> page and <c>GET /api/inquiries/track</c>). Both the page and the API go
/// through here, so validation, spam defence, rate limits and idempotency cannot differ.
/// </summary>
public interface IInquiryIntake
{
    /// <summary>
    /// An opaque token for a rendered form (it protects the time the form was shown). Sent back in
    /// <see cref="IntakeContext.FormToken"/>, it lets the intake refuse forms filled faster than a person can.
    /// </summary>
    string IssueFormToken();

    /// <summary>
    /// Validates and stores an inquiry, answering with its tracking code; the acknowledgement mail goes
    /// through the outbox. With the same <see cref="IntakeContext.IdempotencyKey"/> and body, a retry (even a
    /// concurrent one) gets the same tracking code and no second inquiry; a different body is
    /// <see cref="InquiryOutcome.IdempotencyKeyReused"/>. The inquiry is committed before this returns.
    /// </summary>
    Task<InquiryResult<SubmittedInquiryDto>> SubmitAsync(
        InquirySubmission submission, IntakeContext context, CancellationToken cancellationToken = default);

    /// <summary>The inquiry as its enterprise may see it; null unless both the code and the email (any case) match.</summary>
    Task<TrackedInquiryDto?> TrackAsync(string? trackingCode, string? email, CancellationToken cancellationToken = default);
}

/// <summary>
/// The public form's fields (API.md's inquiry body). <see cref="Province"/> is a name such as 广东省;
/// <see cref="Chain"/> an industry-chain code; <see cref="Prefectures"/> slugs and <see cref="Parks"/>
/// park ids the enterprise prefers (the form can start from a park's page).
/// </summary>
public sealed record InquirySubmission(
    string? EnterpriseName,
    string? CreditCode,
    string? Province,
    string? ContactName,
    string? Mobile,
    string? Email,
    string? Chain,
    decimal? InvestmentWan,
    decimal? LandMu,
    decimal? PowerKw,
    IReadOnlyList<string>? Prefectures,
    IReadOnlyList<Guid>? Parks,
    string? Message,
    bool Consent);

/// <summary>
/// Where a submission came from. <see cref="ClientAddress"/> is throttled (per IP);
/// <see cref="Honeypot"/> is the hidden field people leave empty; <see cref="FormToken"/> comes from
/// <see cref="IInquiryIntake.IssueFormToken"/> (pages), absent for API callers.
/// </summary>
public sealed record IntakeContext(
    string? ClientAddress,
    string? IdempotencyKey = null,
    string? Honeypot = null,
    string? FormToken = null,
    string? Culture = null);

public sealed record SubmittedInquiryDto(string TrackingCode);

/// <summary>
/// What the enterprise sees: the overall stage, the prefectures following it, the public replies and what
/// comes next (<see cref="TrackingNextSteps"/>). Nothing internal: no notes, owners or deadlines.
/// </summary>
public sealed record TrackedInquiryDto(
    string TrackingCode,
    string EnterpriseName,
    string Stage,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<TrackedPrefectureDto> Prefectures,
    IReadOnlyList<PublicReplyDto> Replies,
    string NextStep);

/// <summary>A prefecture following the inquiry and its case's stage.</summary>
public sealed record TrackedPrefectureDto(string Slug, string Name, string NameEn, string Stage);

/// <summary>A reply the enterprise sees; <see cref="PrefectureSlug"/> is null when the bureau wrote it.</summary>
public sealed record PublicReplyDto(DateTimeOffset At, string Text, string? PrefectureSlug, string? PrefectureName);
