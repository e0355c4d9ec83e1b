namespace Portal.Inquiries.Contracts;

/// <summary>A prefecture, enough to show and link it.</summary>
public sealed record InquiryPrefectureDto(string Slug, string Code, string Name, string NameEn);

/// <summary>A bureau user owning inquiries.</summary>
public sealed record OwnerDto(Guid UserId, string Name, string? Email);

/// <summary>
/// A step's deadline: <see cref="DueAt"/> in working time (China Standard Time), <see cref="Paused"/> while
/// waiting for the enterprise (then <see cref="DueAt"/> is where it would fall if resumed now),
/// <see cref="MetAt"/> once done. <see cref="PrefectureSlug"/> is null for the bureau's own steps.
/// </summary>
public sealed record DeadlineDto(
    string Step, string? PrefectureSlug, DateTimeOffset DueAt, bool Overdue, bool DueSoon, bool Paused, DateTimeOffset? MetAt);

/// <summary>A prefecture's case in a list row.</summary>
public sealed record CaseSummaryDto(Guid CaseId, InquiryPrefectureDto Prefecture, string Stage, bool Waiting);

/// <summary>
/// One inbox row. <see cref="Stage"/> is the inquiry's overall stage for the bureau and the caller's own case's
/// stage for a prefecture; <see cref="Cases"/> holds every case for the bureau and only its own for a prefecture.
/// <see cref="NextDeadline"/> is the earliest open deadline the caller is responsible for.
/// </summary>
public sealed record InquirySummaryDto(
    Guid Id,
    string TrackingCode,
    string EnterpriseName,
    string? Province,
    string Chain,
    decimal InvestmentWan,
    string Stage,
    string Source,
    OwnerDto? Owner,
    IReadOnlyList<CaseSummaryDto> Cases,
    DateTimeOffset ReceivedAt,
    DeadlineDto? NextDeadline,
    bool Overdue,
    bool DueSoon,
    bool Waiting,
    bool PossibleDuplicate);

/// <summary>The signing of an agreement, as the statistics count it.</summary>
public sealed record SigningDto(DateOnly SignedOn, decimal AgreementAmountWan, string Sector, bool Industrial, string InvestorProvince);

/// <summary>A tranche of funds in place.</summary>
public sealed record FundsTrancheDto(Guid Id, decimal AmountWan, DateOnly ReceivedOn, DateTimeOffset RecordedAt);

/// <summary>A prefecture's case: its own stage, signing, landing, funds and deadlines.</summary>
public sealed record CaseDto(
    Guid Id,
    InquiryPrefectureDto Prefecture,
    string Stage,
    string? CloseReason,
    bool Waiting,
    string? WaitingReason,
    SigningDto? Signing,
    DateOnly? LandedOn,
    IReadOnlyList<FundsTrancheDto> Funds,
    decimal FundsTotalWan,
    IReadOnlyList<DeadlineDto> Deadlines,
    DateTimeOffset RoutedAt);

/// <summary>
/// One line of the timeline: who (<see cref="ActorName"/>; null for the enterprise or the system), when, what
/// (<see cref="Kind"/>, one of <see cref="TimelineKinds"/>), on which case (<see cref="PrefectureSlug"/>),
/// the stage reached, free text, and whether the enterprise sees it (<see cref="Public"/>).
/// <see cref="Data"/> carries the kind's details (amounts, dates, reasons, prefectures) as strings.
/// </summary>
public sealed record TimelineEntryDto(
    Guid Id,
    DateTimeOffset At,
    string Kind,
    string? ActorName,
    string? PrefectureSlug,
    string? Stage,
    string? Text,
    bool Public,
    IReadOnlyDictionary<string, string> Data);

/// <summary>Another inquiry from the same credit code or contact within the duplicate window.</summary>
public sealed record DuplicateDto(Guid Id, string TrackingCode, string EnterpriseName, string MatchedOn, DateTimeOffset ReceivedAt, bool Merged);

/// <summary>The enterprise as it introduced itself.</summary>
public sealed record EnterpriseDto(string Name, string? CreditCode, string? Province);

/// <summary>The enterprise's contact person.</summary>
public sealed record InquiryContactDto(string Name, string? Mobile, string? Email);

/// <summary>An inquiry with its cases and timeline, as the caller may see it (see <see cref="IInquiryDesk.GetAsync"/>).</summary>
public sealed record InquiryDetailDto(
    Guid Id,
    string TrackingCode,
    string Source,
    string Stage,
    string? CloseReason,
    EnterpriseDto Enterprise,
    InquiryContactDto Contact,
    string Chain,
    decimal InvestmentWan,
    decimal? LandMu,
    decimal? PowerKw,
    IReadOnlyList<string> PreferredPrefectures,
    IReadOnlyList<Guid> PreferredParks,
    string Message,
    DateTimeOffset ReceivedAt,
    OwnerDto? Owner,
    bool Waiting,
    string? WaitingReason,
    IReadOnlyList<DeadlineDto> Deadlines,
    IReadOnlyList<CaseDto> Cases,
    IReadOnlyList<TimelineEntryDto> Timeline,
    IReadOnlyList<DuplicateDto> Duplicates,
    Guid? MergedIntoId);

/// <summary>
/// An inquiry staff took down (<see cref="Source"/>: one of <see cref="InquirySources.Recorded"/>), on
/// <see cref="OccurredOn"/> (default today). The enterprise's fields are the form's; consent is not asked,
/// and the credit code and email may be missing (a card from a roadshow), the mobile may not.
/// </summary>
public sealed record RecordedInquiryInput(string? Source, InquirySubmission Inquiry, DateOnly? OccurredOn = null, string? Note = null);

/// <summary>The prefectures (slugs) the inquiry goes to, and why (required when a prefecture is withdrawn).</summary>
public sealed record RouteInput(IReadOnlyList<string>? Prefectures, string? Note);

/// <summary>
/// A stage change (API.md): <c>signed</c> takes <see cref="SignedOn"/>, <see cref="AgreementAmountWan"/>,
/// <see cref="Sector"/>, <see cref="Industrial"/>, <see cref="InvestorProvince"/>; <c>landed</c> takes
/// <see cref="LandedOn"/>; <c>closed</c> takes <see cref="Reason"/> (one of <see cref="CloseReasons.All"/>).
/// <see cref="Prefecture"/>: see <see cref="IInquiryDesk"/>.
/// </summary>
public sealed record StageChangeInput(
    string? Stage,
    string? Note = null,
    string? Prefecture = null,
    DateOnly? SignedOn = null,
    decimal? AgreementAmountWan = null,
    string? Sector = null,
    bool? Industrial = null,
    string? InvestorProvince = null,
    DateOnly? LandedOn = null,
    string? Reason = null);

/// <summary>A tranche of funds in place.</summary>
public sealed record FundsInput(decimal? AmountWan, DateOnly? ReceivedOn, string? Prefecture = null, string? Note = null);

/// <summary>A note; <see cref="Public"/> makes it a reply the enterprise sees.</summary>
public sealed record NoteInput(string? Text, bool Public = false, string? Prefecture = null);

/// <summary>Waiting for the enterprise (pauses deadlines) or not; the reason goes to the timeline.</summary>
public sealed record WaitingInput(bool Waiting, string? Reason, string? Prefecture = null);

/// <summary>A saved inbox view: a name and the inbox's query string.</summary>
public sealed record SavedViewDto(Guid Id, string Name, string Query);

public sealed record SavedViewInput(string? Name, string? Query);

/// <summary>
/// A suggested destination: a prefecture, and the park in it that fits best (when one does), with a score
/// (higher is better) and human-readable reasons in the request culture.
/// </summary>
public sealed record RoutingSuggestionDto(
    InquiryPrefectureDto Prefecture, Guid? ParkId, string? ParkName, double Score, IReadOnlyList<string> Reasons);

/// <summary>API.md's quarterly report.</summary>
public sealed record QuarterlyReportDto(
    int Year,
    int Quarter,
    string? Prefecture,
    int ProjectsIntroduced,
    QuarterlyAgreementsDto Agreements,
    int Landed,
    QuarterlyFundsDto Funds);

public sealed record QuarterlyAgreementsDto(int Total, int From1To10Yi, int AtLeast10Yi, decimal AmountWan);

public sealed record QuarterlyFundsDto(
    decimal TotalWan,
    decimal PrimaryWan,
    decimal SecondaryWan,
    decimal TertiaryWan,
    decimal IndustrialWan,
    decimal PrimaryShare,
    decimal SecondaryShare,
    decimal TertiaryShare,
    decimal IndustrialShareOfSecondary,
    decimal IndustrialShareOfTotal);
