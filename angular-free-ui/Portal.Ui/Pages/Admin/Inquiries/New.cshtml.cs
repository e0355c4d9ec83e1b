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
/// <c>/admin/inquiries/new</c>: staff record an inquiry taken at a roadshow, a delegation visit or by phone. The
/// fields are the public form's (without consent; credit code and email may be missing); a prefecture's record
/// is routed to that prefecture by the facade.
/// </summary>
[InquiryDeskAuthorize]
public sealed class NewModel(
    IInquiryDesk desk, ICatalogueModule catalogue, ITenancyModule tenancy, IStringLocalizer<InquiryText> text, TimeProvider clock) : PageModel
{
    private static readonly string[] OwnFields = ["source", "occurredOn", "note"];

    [BindProperty]
    public InquiryForm Form { get; set; } = new();

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public DateOnly? OccurredOn { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public IReadOnlyList<IndustryChainDto> Chains { get; private set; } = [];

    public IReadOnlyList<PrefectureDto> Prefectures { get; private set; } = [];

    public InquiryErrors Errors { get; private set; } = InquiryErrors.None;

    public string? Problem { get; private set; }

    public string Today => InquiryFormat.Today(clock);

    public InquiryFieldsView Fields => new(Form, Chains, Prefectures, [], Errors, Recorded: true);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || Form.TooLong() || Source is { Length: > 64 } || Note is { Length: > 10_000 })
        {
            return BadRequest();
        }

        await LoadAsync(cancellationToken);
        var numberErrors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var submission = Form.ToSubmission(_ => text["NotANumber"].Value, numberErrors);
        if (numberErrors.Count > 0)
        {
            Errors = new InquiryErrors(numberErrors);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var result = await desk.RecordAsync(User, new RecordedInquiryInput(Source, submission, OccurredOn, string.IsNullOrWhiteSpace(Note) ? null : Note.Trim()), cancellationToken);
        switch (result.Outcome)
        {
            case InquiryOutcome.Succeeded:
                TempData["Message"] = text["Recorded", result.Value!.TrackingCode].Value;
                return Redirect($"/admin/inquiries/{result.Value.Id}");
            case InquiryOutcome.Forbidden:
                return Forbid();
            default:
                Errors = new InquiryErrors(result.FieldErrors);
                var others = Errors.Others(InquiryForm.FieldNames.Concat(OwnFields));
                Problem = others.Count > 0 ? string.Join(" ", others) : result.Message ?? text["FormInvalid"].Value;
                Response.StatusCode = result.Outcome == InquiryOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
                return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Chains = await catalogue.ListIndustryChainsAsync(cancellationToken);
        Prefectures = await tenancy.ListActivePrefecturesAsync(cancellationToken);
    }
}
