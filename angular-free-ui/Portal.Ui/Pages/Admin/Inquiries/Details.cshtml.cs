using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Catalogue.Contracts;
using Portal.Inquiries.Contracts;
using Portal.Tenancy.Contracts;
using Portal.Ui.Pages.Inquiries;

namespace Portal.Ui.Pages.Admin.Inquiries;

/// <summary>
/// <c>/admin/inquiries/{id}</c>: one inquiry as the caller may see it (another prefecture's inquiry is a 404,
/// decided by the facade). The bureau assigns the owner, routes with the suggestions beside, re-routes with a
/// reason and merges duplicates; whoever works the case moves its stage, records funds, writes internal notes
/// or public replies and pauses the deadlines while waiting for the enterprise. Every form posts to a handler
/// here and comes back (post, redirect, get); a refused form is shown again with its message in place.
/// </summary>
[InquiryDeskAuthorize]
public sealed class DetailsModel(
    IInquiryDesk desk, ICatalogueModule catalogue, ITenancyModule tenancy, IStringLocalizer<InquiryText> text, TimeProvider clock) : PageModel
{
    public InquiryDetailDto Inquiry { get; private set; } = null!;

    public IReadOnlyList<IndustryChainDto> Chains { get; private set; } = [];

    public IReadOnlyList<PrefectureDto> Prefectures { get; private set; } = [];

    public IReadOnlyList<OwnerDto> Owners { get; private set; } = [];

    public IReadOnlyList<RoutingSuggestionDto> Suggestions { get; private set; } = [];

    public IReadOnlyList<PreferredPark> PreferredParks { get; private set; } = [];

    public bool IsHost { get; private set; }

    public bool CanRoute { get; private set; }

    public bool CanWork { get; private set; }

    /// <summary>The form a refused post came from (<c>owner</c>, <c>route</c>, <c>stage-signed:qujing</c>…), to show its message there.</summary>
    public string? FailedForm { get; private set; }

    public InquiryErrors Errors { get; private set; } = InquiryErrors.None;

    public string? Problem { get; private set; }

    public string Today => InquiryFormat.Today(clock);

    // Posted fields of the forms; each handler reads its own.
    [BindProperty]
    public Guid? OwnerUserId { get; set; }

    [BindProperty]
    public List<string> RoutePrefectures { get; set; } = [];

    [BindProperty]
    public string? RouteNote { get; set; }

    [BindProperty]
    public string? CasePrefecture { get; set; }

    [BindProperty]
    public string? Stage { get; set; }

    [BindProperty]
    public string? StageNote { get; set; }

    [BindProperty]
    public DateOnly? SignedOn { get; set; }

    [BindProperty]
    public string? AgreementAmountWan { get; set; }

    [BindProperty]
    public string? Sector { get; set; }

    [BindProperty]
    public bool Industrial { get; set; }

    [BindProperty]
    public string? InvestorProvince { get; set; }

    [BindProperty]
    public DateOnly? LandedOn { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? FundsAmountWan { get; set; }

    [BindProperty]
    public DateOnly? FundsReceivedOn { get; set; }

    [BindProperty]
    public string? FundsNote { get; set; }

    [BindProperty]
    public string? NoteText { get; set; }

    [BindProperty]
    public bool NotePublic { get; set; }

    [BindProperty]
    public bool Waiting { get; set; }

    [BindProperty]
    public string? WaitingReason { get; set; }

    [BindProperty]
    public Guid? DuplicateId { get; set; }

    /// <summary>The error of one form (all its field errors and the conflict message), or null.</summary>
    public string? ErrorOf(string form) => FailedForm == form ? Problem : null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await desk.GetAsync(User, id, cancellationToken);
        return await ShowAsync(result, cancellationToken);
    }

    public Task<IActionResult> OnPostOwnerAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, "owner", "OwnerSaved", () => desk.AssignOwnerAsync(User, id, OwnerUserId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRouteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (RoutePrefectures.Count > 32 || RoutePrefectures.Any(slug => slug is not { Length: <= 64 }) || RouteNote is { Length: > 4000 })
        {
            return Task.FromResult<IActionResult>(BadRequest());
        }

        return ActAsync(id, "route", "Routed", () => desk.RouteAsync(User, id, new RouteInput(RoutePrefectures.Distinct(StringComparer.Ordinal).ToList(), Blank(RouteNote)), cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostStageAsync(Guid id, CancellationToken cancellationToken)
    {
        if (TooLong(Stage, CasePrefecture, StageNote, AgreementAmountWan, Sector, InvestorProvince, Reason))
        {
            return Task.FromResult<IActionResult>(BadRequest());
        }

        var form = "stage-" + Stage + ":" + CasePrefecture;
        if (!TryParseAmount(AgreementAmountWan, out var amount))
        {
            return FailAsync(id, form, new Dictionary<string, string[]> { ["agreementAmountWan"] = [text["NotANumber"].Value] }, cancellationToken);
        }

        var signed = Stage == InquiryStages.Signed;
        var input = new StageChangeInput(
            Stage, Blank(StageNote), HostCase(),
            signed ? SignedOn : null, signed ? amount : null, signed ? Blank(Sector) : null, signed ? Industrial : null, signed ? Blank(InvestorProvince) : null,
            Stage == InquiryStages.Landed ? LandedOn : null,
            Stage == InquiryStages.Closed ? Blank(Reason) : null);
        return ActAsync(id, form, "StageSaved", () => desk.ChangeStageAsync(User, id, input, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostFundsAsync(Guid id, CancellationToken cancellationToken)
    {
        if (TooLong(CasePrefecture, FundsAmountWan, FundsNote))
        {
            return Task.FromResult<IActionResult>(BadRequest());
        }

        var form = "funds:" + CasePrefecture;
        if (!TryParseAmount(FundsAmountWan, out var amount))
        {
            return FailAsync(id, form, new Dictionary<string, string[]> { ["amountWan"] = [text["NotANumber"].Value] }, cancellationToken);
        }

        return ActAsync(id, form, "FundsSaved", () => desk.RecordFundsAsync(User, id, new FundsInput(amount, FundsReceivedOn, HostCase(), Blank(FundsNote)), cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostNoteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (TooLong(CasePrefecture) || NoteText is { Length: > 10_000 })
        {
            return Task.FromResult<IActionResult>(BadRequest());
        }

        return ActAsync(id, "note:" + CasePrefecture, NotePublic ? "ReplySaved" : "NoteSaved",
            () => desk.AddNoteAsync(User, id, new NoteInput(NoteText, NotePublic, HostCase()), cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostWaitingAsync(Guid id, CancellationToken cancellationToken)
    {
        if (TooLong(CasePrefecture, WaitingReason))
        {
            return Task.FromResult<IActionResult>(BadRequest());
        }

        return ActAsync(id, "waiting:" + CasePrefecture, Waiting ? "WaitingStarted" : "WaitingEnded",
            () => desk.SetWaitingAsync(User, id, new WaitingInput(Waiting, Blank(WaitingReason), HostCase()), cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostMergeAsync(Guid id, CancellationToken cancellationToken)
    {
        if (DuplicateId is not { } duplicate)
        {
            return Task.FromResult<IActionResult>(BadRequest());
        }

        return ActAsync(id, "merge", "Merged", () => desk.MergeAsync(User, id, duplicate, cancellationToken), cancellationToken);
    }

    private async Task<IActionResult> ActAsync(
        Guid id, string form, string doneKey, Func<Task<InquiryResult<InquiryDetailDto>>> action, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var result = await action();
        switch (result.Outcome)
        {
            case InquiryOutcome.Succeeded:
                TempData["Message"] = text[doneKey].Value;
                return Redirect($"/admin/inquiries/{id}");
            case InquiryOutcome.NotFound:
                return NotFound();
            case InquiryOutcome.Forbidden:
                return Forbid();
            default:
                FailedForm = form;
                Errors = new InquiryErrors(result.FieldErrors);
                Problem = Describe(result.FieldErrors, result.Message);
                Response.StatusCode = result.Outcome == InquiryOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
                return await ShowAsync(await desk.GetAsync(User, id, cancellationToken), cancellationToken);
        }
    }

    private async Task<IActionResult> FailAsync(Guid id, string form, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        FailedForm = form;
        Errors = new InquiryErrors(errors);
        Problem = Describe(errors, null);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await ShowAsync(await desk.GetAsync(User, id, cancellationToken), cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(InquiryResult<InquiryDetailDto> result, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case InquiryOutcome.Succeeded:
                break;
            case InquiryOutcome.Forbidden:
                return Forbid();
            default:
                return NotFound();
        }

        Inquiry = result.Value!;
        IsHost = InquiryDeskAccess.IsHost(User);
        CanRoute = InquiryDeskAccess.CanRoute(User);
        CanWork = InquiryDeskAccess.CanWork(User);
        Chains = await catalogue.ListIndustryChainsAsync(cancellationToken);
        if (CanRoute)
        {
            Prefectures = await tenancy.ListActivePrefecturesAsync(cancellationToken);
            Owners = await desk.ListOwnersAsync(User, cancellationToken);
            var suggestions = await desk.SuggestRoutingAsync(User, Inquiry.Id, cancellationToken);
            Suggestions = suggestions.Succeeded ? suggestions.Value! : [];
        }

        var parks = new List<PreferredPark>();
        foreach (var parkId in Inquiry.PreferredParks.Take(10))
        {
            if (await catalogue.FindPublishedParkAsync(parkId, cancellationToken) is { } park)
            {
                parks.Add(new PreferredPark(park.Id, park.Name, park.Prefecture.Slug));
            }
        }

        PreferredParks = parks;
        return Page();
    }

    // A host caller names the case it acts on; a prefecture caller always acts on its own.
    private string? HostCase() => InquiryDeskAccess.IsHost(User) ? Blank(CasePrefecture) : null;

    private string Describe(IReadOnlyDictionary<string, string[]>? errors, string? message)
    {
        var messages = errors?.Values.SelectMany(values => values).Distinct().ToList() ?? [];
        return messages.Count > 0 ? string.Join(" ", messages) : message ?? text["FormInvalid"].Value;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool TooLong(params string?[] values) => values.Any(value => value is { Length: > 4000 });

    private static bool TryParseAmount(string? text, out decimal? amount)
    {
        amount = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var normalized = text.Trim().Replace(",", string.Empty, StringComparison.Ordinal).Replace("，", string.Empty, StringComparison.Ordinal);
        if (decimal.TryParse(normalized, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            amount = value;
            return true;
        }

        return false;
    }
}
