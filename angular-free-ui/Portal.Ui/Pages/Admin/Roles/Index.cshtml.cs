using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Identity.Contracts.Administration;
using Portal.Ui.Localization;

namespace Portal.Ui.Pages.Admin.Roles;

/// <summary><c>/admin/roles</c>: the default roles of the admin's scope and its custom roles.</summary>
public sealed class IndexModel(IUserAdministration administration, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer text = localizers.AdminText();

    public IReadOnlyList<RoleDetails> Roles { get; private set; } = [];

    public string RoleName(RoleDetails role) => AdminLabels.Role(text, role.Name, role.DisplayName);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Roles = await administration.ListRolesAsync(User, cancellationToken: cancellationToken);
}
