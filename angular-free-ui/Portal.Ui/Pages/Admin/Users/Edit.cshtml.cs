using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Identity.Contracts.Administration;
using Portal.Tenancy.Contracts;
using Portal.Ui.Localization;

namespace Portal.Ui.Pages.Admin.Users;

/// <summary>
/// <c>/admin/users/{id}</c>: one user of the admin's scope (another scope's is a 404): name, address and roles;
/// disable or enable; send a password reset mail.
/// </summary>
public sealed class EditModel(IUserAdministration administration, ITenancyModule tenancy, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer text = localizers.AdminText();

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public List<string> SelectedRoles { get; set; } = [];

    public UserDetails Person { get; private set; } = null!;

    public IReadOnlyList<RoleDetails> Roles { get; private set; } = [];

    /// <summary>The user's prefecture as people name it, or 省级 for host staff.</summary>
    public string ScopeName { get; private set; } = "";

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public string? Problem { get; private set; }

    public string RoleName(RoleDetails role) => AdminLabels.Role(text, role.Name, role.DisplayName);

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        DisplayName = Person.DisplayName;
        Email = Person.Email;
        SelectedRoles = [.. Person.Roles];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || AccountLimits.TooLong(DisplayName, Email) || SelectedRoles.Count > 50
            || SelectedRoles.Any(role => role is not { Length: <= 256 }))
        {
            return BadRequest();
        }

        var result = await administration.UpdateUserAsync(User, id, new UserChange(DisplayName ?? "", Email, SelectedRoles), cancellationToken);
        return await AfterAsync(id, result, "UserSaved", cancellationToken);
    }

    public async Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken cancellationToken) =>
        await AfterAsync(id, await administration.SetDisabledAsync(User, id, true, cancellationToken), "UserDisabledNow", cancellationToken);

    public async Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken cancellationToken) =>
        await AfterAsync(id, await administration.SetDisabledAsync(User, id, false, cancellationToken), "UserEnabledNow", cancellationToken);

    public async Task<IActionResult> OnPostResetAsync(Guid id, CancellationToken cancellationToken) =>
        await AfterAsync(id, await administration.ResetPasswordAsync(User, id, null, cancellationToken), "ResetMailSent", cancellationToken);

    private async Task<IActionResult> AfterAsync(Guid id, AdminResult<UserDetails> result, string doneKey, CancellationToken cancellationToken)
    {
        if (result.Status == AdminStatus.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            // Post/redirect/get: a reload does not post again.
            TempData["Message"] = text[doneKey].Value;
            return Redirect($"/admin/users/{id}");
        }

        Errors = result.Errors ?? new Dictionary<string, string[]>();
        Problem = result.Detail;
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await administration.GetUserAsync(User, id, cancellationToken);
        if (found.Value is null)
        {
            return false;
        }

        Person = found.Value;
        ScopeName = Person.Tenant is { } slug
            ? (await tenancy.FindActivePrefectureAsync(slug, cancellationToken))?.DisplayName() ?? slug
            : text["ScopeHost"].Value;
        var scope = User.HasClaim(claim => claim.Type == "tenant") ? null : Person.Tenant ?? "host";
        Roles = await administration.ListRolesAsync(User, scope, cancellationToken);
        return true;
    }
}
