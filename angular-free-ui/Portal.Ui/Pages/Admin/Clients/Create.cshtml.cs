using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Identity.Contracts.Administration;
using Portal.Ui.Localization;

namespace Portal.Ui.Pages.Admin.Clients;

/// <summary>
/// <c>/admin/clients/new</c>: a client of the admin's current scope. The checkboxes offer only what the admin holds
/// and the scope allows (the service checks again). After creation the same response shows the client id and, for a
/// confidential client, its secret: once, never stored by the page, never cached (<c>Cache-Control: no-store</c>).
/// </summary>
public sealed class CreateModel(IClientAdministration administration, IStringLocalizerFactory localizers) : PageModel
{
    private const int MaxRedirectUriText = 10 * 2100;

    private readonly IStringLocalizer text = localizers.AdminText();

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string Type { get; set; } = ClientKinds.Confidential;

    /// <summary>One URI per line.</summary>
    [BindProperty]
    public string? RedirectUris { get; set; }

    [BindProperty]
    public List<string> SelectedPermissions { get; set; } = [];

    public IReadOnlyList<string> Offered { get; private set; } = [];

    public CreatedClient? Created { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public string? Problem { get; private set; }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Errors of a field and its items (<c>redirectUris[2]</c>).</summary>
    public IEnumerable<string> ErrorsStartingWith(string field) =>
        Errors.Where(e => e.Key.StartsWith(field, StringComparison.Ordinal)).SelectMany(e => e.Value);

    public IActionResult OnGet()
    {
        Offered = administration.AssignablePermissions(User);
        SelectedPermissions = [.. Offered];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || AccountLimits.TooLong(DisplayName, Type) || RedirectUris is { Length: > MaxRedirectUriText }
            || SelectedPermissions.Count > 50 || SelectedPermissions.Any(p => p is not { Length: <= 256 }))
        {
            return BadRequest();
        }

        Offered = administration.AssignablePermissions(User);
        var isPublic = Type == ClientKinds.Public;
        var uris = (RedirectUris ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = await administration.CreateClientAsync(
            User,
            new NewClient(DisplayName, Permissions: isPublic ? [] : SelectedPermissions, Type: Type, RedirectUris: uris.Length > 0 ? uris : null),
            cancellationToken);
        if (result.Succeeded)
        {
            // The secret is in this answer only: no cache, no TempData, no redirect that would need to carry it.
            Response.Headers.CacheControl = "no-store";
            Response.Headers.Pragma = "no-cache";
            Created = result.Value;
            return Page();
        }

        Errors = result.Errors ?? new Dictionary<string, string[]>();
        Problem = result.Detail;
        return Page();
    }

    public string TypeName(string type) => type == ClientKinds.Public ? text["ClientTypePublic"].Value : text["ClientTypeConfidential"].Value;
}
