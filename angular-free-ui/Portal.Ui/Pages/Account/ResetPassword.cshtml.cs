using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Identity.Contracts.Accounts;
using Portal.Ui.Localization;

namespace Portal.Ui.Pages.Account;

/// <summary><c>/account/reset-password?userId=…&amp;token=…</c>: the link of a reset or invitation mail; works once.</summary>
public sealed class ResetPasswordModel(IAccountService accounts, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer text = localizers.AdminText();

    private const int MaxTokenLength = 2048;

    [BindProperty(SupportsGet = true)]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public bool Done { get; private set; }

    public IActionResult OnGet() => Token is { Length: > MaxTokenLength } ? BadRequest() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || AccountPages.TooLong(NewPassword, ConfirmPassword) || Token is { Length: > MaxTokenLength })
        {
            return BadRequest();
        }

        if (string.IsNullOrEmpty(NewPassword) || NewPassword != ConfirmPassword)
        {
            Errors = new Dictionary<string, string[]> { ["confirmPassword"] = [text["PasswordsDiffer"].Value] };
            return Page();
        }

        var result = await accounts.ResetPasswordAsync(UserId, Token ?? "", NewPassword, cancellationToken);
        Errors = result.Errors;
        Done = result.Succeeded;
        return Page();
    }
}
