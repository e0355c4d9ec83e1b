using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Catalogue.Contracts;
using Portal.Inquiries.Contracts;
using Portal.Tenancy.Contracts;

namespace Portal.Ui.Pages.Inquiries;

/// <summary>
/// <c>/inquire</c>: the public inquiry form (<c>?park={id}</c> or <c>?prefecture={slug}</c> starts it with that
/// preference). Everything is checked by <see cref="IInquiryIntake"/>, as for <c>POST /api/inquiries</c>: the
/// page adds the form token (minimum fill time), the honeypot and the client address. The idempotency key is
/// issued with the form, so posting the same form twice (a reload) gives the same tracking code.
/// </summary>
public sealed class InquireModel(
    IInquiryIntake intake, ICatalogueModule catalogue, ITenancyModule tenancy, IStringLocalizer<InquiryText> text) : PageModel
{
    /// <summary>The hidden field people never see and bots fill in.</summary>
    public const string HoneypotField = "website";

    [BindProperty]
    public InquiryForm Form { get; set; } = new();

    [BindProperty]
    public string? FormToken { get; set; }

    [BindProperty]
    public string? IdempotencyKey { get; set; }

    [BindProperty(Name = HoneypotField)]
    public string? Honeypot { get; set; }

    public IReadOnlyList<IndustryChainDto> Chains { get; private set; } = [];

    public IReadOnlyList<PrefectureDto> Prefectures { get; private set; } = [];

    public IReadOnlyList<PreferredPark> Parks { get; private set; } = [];

    public InquiryErrors Errors { get; private set; } = InquiryErrors.None;

    public string? Problem { get; private set; }

    /// <summary>Set once the inquiry is stored: the page then shows the code instead of the form.</summary>
    public string? TrackingCode { get; private set; }

    public InquiryFieldsView Fields => new(Form, Chains, Prefectures, Parks, Errors, Recorded: false);

    public async Task<IActionResult> OnGetAsync(Guid? park, string? prefecture, CancellationToken cancellationToken)
    {
        if (prefecture is { Length: > 64 })
        {
            return BadRequest();
        }

        await LoadChoicesAsync(cancellationToken);
        if (park is { } parkId && await catalogue.FindPublishedParkAsync(parkId, cancellationToken) is { } found)
        {
            Parks = [new PreferredPark(found.Id, found.Name, found.Prefecture.Slug)];
            Form.Parks = [found.Id];
            Form.Prefectures = [found.Prefecture.Slug];
        }
        else if (prefecture is not null && Prefectures.FirstOrDefault(p => string.Equals(p.Slug, prefecture, StringComparison.OrdinalIgnoreCase)) is { } chosen)
        {
            Form.Prefectures = [chosen.Slug];
        }

        FormToken = intake.IssueFormToken();
        IdempotencyKey = Guid.NewGuid().ToString("N");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || Form.TooLong() || FormToken is { Length: > 2000 } || IdempotencyKey is { Length: > 100 } || Honeypot is { Length: > 2000 })
        {
            return BadRequest();
        }

        await LoadChoicesAsync(cancellationToken);
        await LoadParksAsync(cancellationToken);
        var numberErrors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var submission = Form.ToSubmission(_ => text["NotANumber"].Value, numberErrors);
        if (numberErrors.Count > 0)
        {
            Errors = new InquiryErrors(numberErrors);
            return Page();
        }

        // A page post always carries a form token: a missing one is a robot's (null would mean an API caller).
        var context = new IntakeContext(
            HttpContext.Connection.RemoteIpAddress?.ToString(), Blank(IdempotencyKey), Honeypot, FormToken ?? string.Empty, CultureInfo.CurrentUICulture.Name);
        var result = await intake.SubmitAsync(submission, context, cancellationToken);
        switch (result.Outcome)
        {
            case InquiryOutcome.Succeeded:
                TrackingCode = result.Value!.TrackingCode;
                return Page();
            case InquiryOutcome.Throttled:
                Problem = result.RetryAfter is { } wait
                    ? text["Throttled", Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))].Value
                    : result.Message ?? text["ThrottledNow"].Value;
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (result.RetryAfter is { } retry)
                {
                    Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return Page();
            case InquiryOutcome.IdempotencyKeyReused:
                // The form changed after it was sent once: a new key makes the next send a new inquiry.
                IdempotencyKey = Guid.NewGuid().ToString("N");
                Problem = result.Message ?? text["FormInvalid"].Value;
                return Page();
            default:
                Errors = new InquiryErrors(result.FieldErrors);
                Problem = Errors.Others(InquiryForm.FieldNames) is { Count: > 0 } others
                    ? string.Join(" ", others)
                    : result.Message ?? text["FormInvalid"].Value;
                return Page();
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Chains = await catalogue.ListIndustryChainsAsync(cancellationToken);
        Prefectures = await tenancy.ListActivePrefecturesAsync(cancellationToken);
    }

    // A posted park preference is shown again only if it is still a published park.
    private async Task LoadParksAsync(CancellationToken cancellationToken)
    {
        var parks = new List<PreferredPark>();
        foreach (var id in Form.Parks.Distinct().Take(5))
        {
            if (await catalogue.FindPublishedParkAsync(id, cancellationToken) is { } park)
            {
                parks.Add(new PreferredPark(park.Id, park.Name, park.Prefecture.Slug));
            }
        }

        Parks = parks;
    }
}
