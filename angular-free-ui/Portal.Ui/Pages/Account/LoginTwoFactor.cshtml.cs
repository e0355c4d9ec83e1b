using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Identity.Contracts.Accounts;
using Portal.Ui.Localization;

namespace Portal.Ui.Pages.Account;

/// <summary><c>/account/login-2fa</c>: the second step, a code from the authenticator app or a recovery code.</summary>
public sealed class LoginTwoFactorModel(IAccountService accounts, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer text = localizers.AdminText();

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public bool Recovery { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Remember { get; set; }

    [BindProperty(SupportsGet = true, Name = "ReturnUrl")]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await accounts.HasPendingTwoFactorAsync() ? Page() : RedirectToPage("/Account/Login", new { ReturnUrl });

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || AccountPages.TooLong(Code, ReturnUrl))
        {
            return BadRequest();
        }

        if (string.IsNullOrWhiteSpace(Code))
        {
            Error = text["CodeMissing"];
            return Page();
        }

        var outcome = await accounts.TwoFactorSignInAsync(Code, Recovery, Remember, cancellationToken);
        if (outcome == SignInOutcome.Succeeded)
        {
            return LocalRedirect(AccountPages.SafeReturnUrl(Url, ReturnUrl));
        }

        if (!await accounts.HasPendingTwoFactorAsync())
        {
            return RedirectToPage("/Account/Login", new { ReturnUrl });
        }

        Error = text["CodeFailed"];
        return Page();
    }
}
