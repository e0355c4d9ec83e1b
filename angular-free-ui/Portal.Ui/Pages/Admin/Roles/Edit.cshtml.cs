using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Identity.Contracts;
using Portal.Identity.Contracts.Administration;
using Portal.Ui.Localization;

namespace Portal.Ui.Pages.Admin.Roles;

/// <summary>
/// <c>/admin/roles/new</c> and <c>/admin/roles/{id}</c>: a custom role of the admin's scope. The checkboxes offer
/// only permissions the admin holds (and, in a prefecture, none of the host-only ones); the server checks again.
/// </summary>
public sealed class EditModel(IUserAdministration administration, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer text = localizers.AdminText();

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public List<string> SelectedPermissions { get; set; } = [];

    public Guid? Id { get; private set; }

    public IReadOnlyList<string> Offered { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public string? Problem { get; private set; }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        Offer();
        if (id is { } roleId)
        {
            var found = await administration.GetRoleAsync(User, roleId, cancellationToken);
            if (found.Value is not { IsDefault: false } role)
            {
                return NotFound();
            }

            Id = role.Id;
            DisplayName = role.DisplayName;
            Description = role.Description;
            SelectedPermissions = [.. role.Permissions];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || AccountLimits.TooLong(DisplayName) || Description is { Length: > 1000 } || SelectedPermissions.Count > 50)
        {
            return BadRequest();
        }

        Offer();
        Id = id;
        var draft = new RoleDraft(DisplayName, Description, SelectedPermissions, null);
        var result = id is { } roleId
            ? await administration.UpdateRoleAsync(User, roleId, draft, cancellationToken)
            : await administration.CreateRoleAsync(User, draft, cancellationToken);
        if (result.Status == AdminStatus.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Message"] = text["RoleSaved", result.Value!.DisplayName].Value;
            return Redirect("/admin/roles");
        }

        Errors = result.Errors ?? new Dictionary<string, string[]>();
        Problem = result.Detail;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await administration.DeleteRoleAsync(User, id, cancellationToken);
        if (result.Status == AdminStatus.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Message"] = text["RoleDeleted"].Value;
            return Redirect("/admin/roles");
        }

        var page = await OnGetAsync(id, cancellationToken);
        Problem = result.Detail;
        return page;
    }

    /// <summary>What the admin may put into a role of its own scope.</summary>
    private void Offer()
    {
        var held = User.FindAll("permission").Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal);
        var prefecture = User.HasClaim(claim => claim.Type == "tenant");
        Offered = [.. Permissions.All.Where(p => held.Contains(p) && !(prefecture && Permissions.HostOnly.Contains(p)))];
    }
}
