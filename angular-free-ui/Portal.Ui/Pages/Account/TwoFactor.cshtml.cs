using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Identity.Contracts.Accounts;

namespace Portal.Ui.Pages.Account;

/// <summary>
/// <c>/account/two-factor</c>: turn TOTP two-step verification on (key shown as text and as an otpauth URI,
/// confirmed by a first code; recovery codes shown once) or off.
/// </summary>
public sealed class TwoFactorModel(IAccountService accounts) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Required { get; set; }

    public AccountInfo Me { get; private set; } = null!;

    public AuthenticatorSetup? Setup { get; private set; }

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || AccountPages.TooLong(Code))
        {
            return BadRequest();
        }

        var result = await accounts.EnableAuthenticatorAsync(Code ?? "", cancellationToken);
        if (result.Succeeded)
        {
            RecoveryCodes = result.Value;
            Required = false;
            return await LoadAsync(cancellationToken);
        }

        Errors = result.Errors;
        return await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken)
    {
        var result = await accounts.DisableTwoFactorAsync(cancellationToken);
        Errors = result.Errors;
        return await LoadAsync(cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken cancellationToken)
    {
        if (await accounts.CurrentAsync(cancellationToken) is not { } me)
        {
            return Challenge();
        }

        Me = me;
        if (!me.TwoFactorEnabled)
        {
            // The same key until it is confirmed: after a wrong code the person keeps the one just scanned.
            Setup = await accounts.BeginAuthenticatorSetupAsync(cancellationToken);
        }

        return Page();
    }
}
