using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Identity.Contracts.Administration;
using Portal.Tenancy.Contracts;
using Portal.Ui.Localization;

namespace Portal.Ui.Pages.Admin.Users;

/// <summary>
/// <c>/admin/users/new</c>: a user of the admin's scope (a host admin picks 省级 or a prefecture). Without a
/// password the new user gets an invitation mail to set one.
/// </summary>
public sealed class CreateModel(IUserAdministration administration, ITenancyModule tenancy, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer text = localizers.AdminText();

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public List<string> SelectedRoles { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Tenant { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public bool IsHost { get; private set; }

    public IReadOnlyList<RoleDetails> Roles { get; private set; } = [];

    public IReadOnlyList<PrefectureDto> Prefectures { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public string? Problem { get; private set; }

    public string RoleName(RoleDetails role) => AdminLabels.Role(text, role.Name, role.DisplayName);

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (AccountLimits.TooLong(Tenant))
        {
            return BadRequest();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Re-shows the form for another scope (the roles differ between 省级 and a prefecture).</summary>
    public async Task<IActionResult> OnPostScopeAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || AccountLimits.TooLong(UserName, Email, DisplayName, Tenant))
        {
            return BadRequest();
        }

        SelectedRoles = [];
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || AccountLimits.TooLong(UserName, Email, DisplayName, Tenant, Password) || SelectedRoles.Count > 50
            || SelectedRoles.Any(role => role is not { Length: <= 256 }))
        {
            return BadRequest();
        }

        await LoadAsync(cancellationToken);
        var result = await administration.CreateUserAsync(
            User, new NewUser(UserName, Email, DisplayName, SelectedRoles, IsHost ? Tenant : null, string.IsNullOrEmpty(Password) ? null : Password),
            cancellationToken);
        if (result.Succeeded)
        {
            TempData["Message"] = text["UserCreated", result.Value!.UserName].Value;
            return Redirect($"/admin/users/{result.Value.Id}");
        }

        Errors = result.Errors ?? new Dictionary<string, string[]>();
        Problem = result.Detail;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        IsHost = !User.HasClaim(claim => claim.Type == "tenant");
        Prefectures = IsHost ? await tenancy.ListActivePrefecturesAsync(cancellationToken) : [];
        var scope = IsHost ? (string.IsNullOrEmpty(Tenant) ? "host" : Tenant) : null;
        Roles = await administration.ListRolesAsync(User, scope, cancellationToken);
    }
}
