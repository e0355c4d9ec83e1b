using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Identity.Contracts.Accounts;
using Portal.Ui.Localization;

namespace Portal.Ui.Pages.Account;

/// <summary><c>/account/change-password</c>: the signed-in person's own password; other sessions end.</summary>
public sealed class ChangePasswordModel(IAccountService accounts, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer text = localizers.AdminText();

    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || AccountPages.TooLong(CurrentPassword, NewPassword, ConfirmPassword))
        {
            return BadRequest();
        }

        if (string.IsNullOrEmpty(CurrentPassword) || string.IsNullOrEmpty(NewPassword) || NewPassword != ConfirmPassword)
        {
            Errors = new Dictionary<string, string[]> { ["confirmPassword"] = [text["PasswordsDiffer"].Value] };
            return Page();
        }

        var result = await accounts.ChangePasswordAsync(CurrentPassword, NewPassword, cancellationToken);
        Errors = result.Errors;
        Done = result.Succeeded;
        return Page();
    }
}
