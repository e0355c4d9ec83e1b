using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Identity.Contracts.Administration;
using Portal.Tenancy.Contracts;
using Portal.Ui.Localization;

namespace Portal.Ui.Pages.Admin.Users;

/// <summary><c>/admin/users</c>: the users of the signed-in admin's scope, filtered and paged (plain GET form, no script needed).</summary>
public sealed class IndexModel(IUserAdministration administration, ITenancyModule tenancy, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer text = localizers.AdminText();

    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tenant { get; set; }

    // Not "page": Razor Pages keeps that route value for the page's own path.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public UserPage Result { get; private set; } = new(0, 1, PageSize, []);

    public IReadOnlyList<RoleDetails> Roles { get; private set; } = [];

    public IReadOnlyList<PrefectureDto> Prefectures { get; private set; } = [];

    public bool IsHost { get; private set; }

    public int PageCount => Math.Max(1, (Result.Total + PageSize - 1) / PageSize);

    public string RoleName(string name) =>
        AdminLabels.Role(text, name, Roles.FirstOrDefault(r => r.Name == name)?.DisplayName);

    public string PrefectureName(string? slug) => slug is null
        ? text["ScopeHost"].Value
        : Prefectures.FirstOrDefault(p => p.Slug == slug)?.DisplayName() ?? slug;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (AccountLimits.TooLong(Q, Role, Status, Tenant))
        {
            return BadRequest();
        }

        IsHost = !User.HasClaim(claim => claim.Type == "tenant");
        bool? disabled = Status switch { "disabled" => true, "active" => false, _ => null };
        Result = await administration.ListUsersAsync(
            User, new UserQuery(Q, Role, disabled, IsHost ? Tenant : null, Math.Max(1, PageNumber), PageSize), cancellationToken);
        Roles = await administration.ListRolesAsync(User, cancellationToken: cancellationToken);
        Prefectures = await tenancy.ListActivePrefecturesAsync(cancellationToken);
        return Page();
    }

    /// <summary>The list's URL for another page, keeping the filters.</summary>
    public string PageUrl(int page) => Url.Page("/Admin/Users/Index", new { Q, Role, Status, Tenant, p = page }) ?? "/admin/users";
}
