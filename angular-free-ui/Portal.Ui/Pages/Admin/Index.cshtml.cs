using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Identity.Contracts.Accounts;
using Portal.Tenancy.Contracts;
using Portal.Ui.Localization;

namespace Portal.Ui.Pages.Admin;

/// <summary><c>/admin</c>: who is signed in, in which scope, with which rights, and where to go next.</summary>
public sealed class IndexModel(IAccountService accounts, ITenancyModule tenancy, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer text = localizers.AdminText();

    public AccountInfo Me { get; private set; } = null!;

    public string? PrefectureName { get; private set; }

    public string RoleName(string role) => AdminLabels.Role(text, role);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await accounts.CurrentAsync(cancellationToken) is not { } me)
        {
            return Challenge();
        }

        Me = me;
        if (me.TenantSlug is { } slug && await tenancy.FindActivePrefectureAsync(slug, cancellationToken) is { } prefecture)
        {
            PrefectureName = prefecture.DisplayName();
        }

        return Page();
    }
}
