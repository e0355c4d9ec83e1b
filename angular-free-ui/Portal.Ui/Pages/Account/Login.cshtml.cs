using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Identity.Contracts.Accounts;
using Portal.Ui.Localization;

namespace Portal.Ui.Pages.Account;

/// <summary>
/// <c>/account/login</c>: user name or email and password. Every failure (unknown user, wrong password,
/// disabled or locked account) gets the same message, so the form tells nobody who has an account.
/// </summary>
public sealed class LoginModel(IAccountService accounts, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer text = localizers.AdminText();

    [BindProperty]
    public string? Login { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public bool Remember { get; set; }

    [BindProperty(SupportsGet = true, Name = "ReturnUrl")]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        // Only the back office's own cookie means "already signed in": a machine client's bearer token is
        // a principal too, and sending it back where it came from would loop between the two pages.
        if ((await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Succeeded)
        {
            return LocalRedirect(AccountPages.SafeReturnUrl(Url, ReturnUrl));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || AccountPages.TooLong(Login, Password, ReturnUrl))
        {
            return BadRequest();
        }

        if (string.IsNullOrWhiteSpace(Login) || string.IsNullOrEmpty(Password))
        {
            Error = text["LoginMissing"];
            return Page();
        }

        var outcome = await accounts.PasswordSignInAsync(Login, Password, Remember, cancellationToken);
        var next = AccountPages.SafeReturnUrl(Url, ReturnUrl);
        switch (outcome)
        {
            case SignInOutcome.Succeeded:
                return LocalRedirect(next);
            case SignInOutcome.RequiresTwoFactor:
                return RedirectToPage("/Account/LoginTwoFactor", new { ReturnUrl = next, Remember });
            case SignInOutcome.MustEnableTwoFactor:
                return Redirect($"/account/two-factor?required=true");
            default:
                Error = text["LoginFailed"];
                Password = null;
                return Page();
        }
    }
}
