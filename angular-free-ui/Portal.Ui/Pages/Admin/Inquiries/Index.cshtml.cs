using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Catalogue.Contracts;
using Portal.Inquiries.Contracts;
using Portal.Tenancy.Contracts;
using Portal.Ui.Pages.Inquiries;

namespace Portal.Ui.Pages.Admin.Inquiries;

/// <summary>
/// <c>/admin/inquiries</c>: the inbox. The bureau sees every inquiry, a prefecture the ones routed to it (the
/// facade decides). Filters travel in the query string (a link or a saved view reproduces the list); overdue
/// and nearly-due rows stand out, possible duplicates carry a flag.
/// </summary>
[InquiryDeskAuthorize]
public sealed class IndexModel(IInquiryDesk desk, ICatalogueModule catalogue, ITenancyModule tenancy, IStringLocalizer<InquiryText> text) : PageModel
{
    private const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Prefecture { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Chain { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? DueSoon { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Owner { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public string? ViewName { get; set; }

    [BindProperty]
    public Guid? ViewId { get; set; }

    public InquiryPage<InquirySummaryDto> Result { get; private set; } = new(0, 1, PageSize, []);

    public IReadOnlyList<IndustryChainDto> Chains { get; private set; } = [];

    public IReadOnlyList<PrefectureDto> Prefectures { get; private set; } = [];

    public IReadOnlyList<SavedViewDto> Views { get; private set; } = [];

    public bool IsHost { get; private set; }

    public string? Problem { get; private set; }

    public int PageCount => Math.Max(1, (Result.Total + PageSize - 1) / PageSize);

    public InquiryQuery Query => new(Stage, IsHost ? Prefecture : null, Chain, Overdue, DueSoon, Q, Owner, Math.Max(1, PageNumber), PageSize);

    public string FilterQueryString => Query.ToQueryString();

    public bool Filtered => FilterQueryString.Length > 0;

    public string PageUrl(int page)
    {
        var filters = FilterQueryString;
        return "/admin/inquiries?" + (filters.Length > 0 ? filters + "&" : string.Empty) + "p=" + page;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (TooLong())
        {
            return BadRequest();
        }

        return await ShowAsync(cancellationToken);
    }

    /// <summary>Saves the current filters under a name (the same name replaces that view).</summary>
    public async Task<IActionResult> OnPostSaveViewAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || TooLong() || ViewName is { Length: > 200 })
        {
            return BadRequest();
        }

        IsHost = InquiryDeskAccess.IsHost(User);
        var saved = await desk.SaveViewAsync(User, new SavedViewInput(ViewName, FilterQueryString), cancellationToken);
        if (!saved.Succeeded)
        {
            Problem = saved.FieldErrors?.Values.SelectMany(messages => messages).FirstOrDefault() ?? saved.Message ?? text["FormInvalid"].Value;
            return await ShowAsync(cancellationToken);
        }

        TempData["Message"] = text["ViewSaved", saved.Value!.Name].Value;
        return Redirect("/admin/inquiries" + (FilterQueryString.Length > 0 ? "?" + FilterQueryString : string.Empty));
    }

    public async Task<IActionResult> OnPostDeleteViewAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || ViewId is null)
        {
            return BadRequest();
        }

        var deleted = await desk.DeleteViewAsync(User, ViewId.Value, cancellationToken);
        if (deleted.Outcome == InquiryOutcome.NotFound)
        {
            return NotFound();
        }

        TempData["Message"] = text["ViewDeleted"].Value;
        return Redirect("/admin/inquiries");
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        IsHost = InquiryDeskAccess.IsHost(User);
        var result = await desk.ListAsync(User, Query, cancellationToken);
        switch (result.Outcome)
        {
            case InquiryOutcome.Succeeded:
                Result = result.Value!;
                break;
            case InquiryOutcome.Forbidden:
                return Forbid();
            default:
                Problem ??= result.FieldErrors?.Values.SelectMany(messages => messages).FirstOrDefault() ?? result.Message;
                break;
        }

        Chains = await catalogue.ListIndustryChainsAsync(cancellationToken);
        Prefectures = IsHost ? await tenancy.ListActivePrefecturesAsync(cancellationToken) : [];
        Views = await desk.ListViewsAsync(User, cancellationToken);
        return Page();
    }

    private bool TooLong() =>
        new[] { Stage, Prefecture, Chain, Q, Owner }.Any(value => value is { Length: > 200 }) || PageNumber is < 1 or > 100_000;
}
