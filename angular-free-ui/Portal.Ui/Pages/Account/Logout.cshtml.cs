using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Identity.Contracts.Accounts;

namespace Portal.Ui.Pages.Account;

/// <summary><c>/account/logout</c>: signing out is a POST (with the antiforgery token); a GET only asks to confirm.</summary>
public sealed class LogoutModel(IAccountService accounts) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await accounts.SignOutAsync(cancellationToken);
        return LocalRedirect("/");
    }
}
