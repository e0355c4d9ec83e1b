using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Inquiries.Contracts;

namespace Portal.Ui.Pages.Inquiries;

/// <summary>
/// <c>/track</c>: the enterprise follows its inquiry without an account, with the tracking code and the email it
/// gave. The pair is posted (an email in a URL ends up in logs and histories); a wrong pair gets one neutral
/// message that does not say which half was wrong. Only what <see cref="IInquiryIntake.TrackAsync"/> returns is
/// shown: stage, prefectures following it, public replies and the next step, never internal notes.
/// </summary>
public sealed class TrackModel(IInquiryIntake intake) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    public TrackedInquiryDto? Inquiry { get; private set; }

    public bool NotFoundPair { get; private set; }

    public IActionResult OnGet() => Code is { Length: > 64 } ? BadRequest() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || Code is { Length: > 64 } || Email is { Length: > 256 })
        {
            return BadRequest();
        }

        Inquiry = string.IsNullOrWhiteSpace(Code) || string.IsNullOrWhiteSpace(Email)
            ? null
            : await intake.TrackAsync(Code.Trim(), Email.Trim(), cancellationToken);
        NotFoundPair = Inquiry is null;
        return Page();
    }
}
