using System.Security.Claims;

namespace Portal.Inquiries.Contracts;

/// <summary>
/// The back office's inquiry work, shared by <c>/api/admin/inquiries…</c> and the pages. The caller is the
/// request's principal: a host caller (bureau) sees every inquiry and every case; a prefecture caller sees
/// only inquiries routed to it and only its own case (anything else is <see cref="InquiryOutcome.NotFound"/>).
/// Case actions (stage, funds, notes, waiting) act on the caller's own case; a host caller names the
/// prefecture with <c>prefecture</c> (the API's <c>X-Tenant</c>) and may omit it while the inquiry has at most
/// one case, or to act on the inquiry itself before routing.
/// Host-only actions (route, owner, merge) answer <see cref="InquiryOutcome.Forbidden"/> to a prefecture.
/// </summary>
public interface IInquiryDesk
{
    /// <summary>The inbox, newest first, overdue items carry <see cref="InquirySummaryDto.Overdue"/>.</summary>
    Task<InquiryResult<InquiryPage<InquirySummaryDto>>> ListAsync(ClaimsPrincipal caller, InquiryQuery query, CancellationToken cancellationToken = default);

    /// <summary>Details, cases, deadlines and the timeline (a prefecture sees its own case and no other prefecture's entries).</summary>
    Task<InquiryResult<InquiryDetailDto>> GetAsync(ClaimsPrincipal caller, Guid id, CancellationToken cancellationToken = default);

    /// <summary>Records an inquiry taken at a roadshow, a delegation visit or by phone. A prefecture caller's record is routed to itself at once.</summary>
    Task<InquiryResult<InquiryDetailDto>> RecordAsync(ClaimsPrincipal caller, RecordedInquiryInput input, CancellationToken cancellationToken = default);

    /// <summary>Host staff who may own inquiries (holders of <c>inquiries.route</c>), for the owner picker.</summary>
    Task<IReadOnlyList<OwnerDto>> ListOwnersAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default);

    /// <summary>Names the bureau's owner of the inquiry (host). Null clears it.</summary>
    Task<InquiryResult<InquiryDetailDto>> AssignOwnerAsync(ClaimsPrincipal caller, Guid id, Guid? ownerUserId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Routes (host) to exactly the listed prefectures: each new one gets its own case; a prefecture left out
    /// loses its case (closed as <see cref="CloseReasons.Rerouted"/>, which needs a note as the reason). A
    /// case that signed cannot be withdrawn.
    /// </summary>
    Task<InquiryResult<InquiryDetailDto>> RouteAsync(ClaimsPrincipal caller, Guid id, RouteInput input, CancellationToken cancellationToken = default);

    /// <summary>Prefectures and parks that match the inquiry, best first, each with the reasons (host).</summary>
    Task<InquiryResult<IReadOnlyList<RoutingSuggestionDto>>> SuggestRoutingAsync(ClaimsPrincipal caller, Guid id, CancellationToken cancellationToken = default);

    /// <summary>Moves a case (or the inquiry itself before routing: <c>triaged</c>, <c>closed</c>) to a stage; nonsense jumps are <see cref="InquiryOutcome.Conflict"/>.</summary>
    Task<InquiryResult<InquiryDetailDto>> ChangeStageAsync(ClaimsPrincipal caller, Guid id, StageChangeInput input, CancellationToken cancellationToken = default);

    /// <summary>Adds a tranche of funds in place to a signed case.</summary>
    Task<InquiryResult<InquiryDetailDto>> RecordFundsAsync(ClaimsPrincipal caller, Guid id, FundsInput input, CancellationToken cancellationToken = default);

    /// <summary>An internal note, or (public) a reply the enterprise sees on its tracking page.</summary>
    Task<InquiryResult<InquiryDetailDto>> AddNoteAsync(ClaimsPrincipal caller, Guid id, NoteInput input, CancellationToken cancellationToken = default);

    /// <summary>Pauses (waiting for the enterprise) or resumes the deadlines of a case, or of the inquiry before routing.</summary>
    Task<InquiryResult<InquiryDetailDto>> SetWaitingAsync(ClaimsPrincipal caller, Guid id, WaitingInput input, CancellationToken cancellationToken = default);

    /// <summary>Merges <paramref name="duplicateId"/> into <paramref name="id"/> (host): both timelines are kept, the duplicate is closed as a duplicate.</summary>
    Task<InquiryResult<InquiryDetailDto>> MergeAsync(ClaimsPrincipal caller, Guid id, Guid duplicateId, CancellationToken cancellationToken = default);

    /// <summary>The caller's saved inbox views.</summary>
    Task<IReadOnlyList<SavedViewDto>> ListViewsAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default);

    /// <summary>Saves a view (a name and the inbox's query string, see <see cref="InquiryQuery.ToQueryString"/>); the same name replaces it.</summary>
    Task<InquiryResult<SavedViewDto>> SaveViewAsync(ClaimsPrincipal caller, SavedViewInput input, CancellationToken cancellationToken = default);

    Task<InquiryResult<bool>> DeleteViewAsync(ClaimsPrincipal caller, Guid viewId, CancellationToken cancellationToken = default);
}

/// <summary>The quarterly statistics (API.md's <c>GET /api/admin/reports/quarterly</c>).</summary>
public interface IInquiryReports
{
    /// <summary>A host caller reads the province or one prefecture (slug); a prefecture caller its own figures whatever it names.</summary>
    Task<InquiryResult<QuarterlyReportDto>> GetQuarterlyAsync(
        ClaimsPrincipal caller, int? year, int? quarter, string? prefecture, CancellationToken cancellationToken = default);
}
