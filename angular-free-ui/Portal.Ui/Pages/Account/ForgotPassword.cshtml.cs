using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Identity.Contracts.Accounts;

namespace Portal.Ui.Pages.Account;

/// <summary>
/// <c>/account/forgot-password</c>: asks for a reset mail. The answer is the same whether or not the address
/// belongs to someone, so the page cannot be used to find out who has an account.
/// </summary>
public sealed class ForgotPasswordModel(IAccountService accounts) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || AccountPages.TooLong(Email))
        {
            return BadRequest();
        }

        if (!string.IsNullOrWhiteSpace(Email))
        {
            await accounts.RequestPasswordResetAsync(Email, CultureInfo.CurrentUICulture.Name, cancellationToken);
        }

        Sent = true;
        return Page();
    }
}
