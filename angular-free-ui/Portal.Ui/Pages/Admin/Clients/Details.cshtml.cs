using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Identity.Contracts.Administration;
using Portal.Ui.Localization;

namespace Portal.Ui.Pages.Admin.Clients;

/// <summary>
/// <c>/admin/clients/{clientId}</c>: one client of the admin's scope (another scope's is a 404) and its deletion,
/// which needs the confirmation box ticked: a POST with the antiforgery token, checked again by the service.
/// </summary>
public sealed class DetailsModel(IClientAdministration administration, IStringLocalizerFactory localizers) : PageModel
{
    private readonly IStringLocalizer text = localizers.AdminText();

    public ClientDetails Client { get; private set; } = null!;

    [BindProperty]
    public bool Confirm { get; set; }

    public string? Problem { get; private set; }

    public string TypeName => Client.Type == ClientKinds.Public ? text["ClientTypePublic"].Value : text["ClientTypeConfidential"].Value;

    public async Task<IActionResult> OnGetAsync(string clientId, CancellationToken cancellationToken)
    {
        if (AccountLimits.TooLong(clientId) || (await administration.GetClientAsync(User, clientId, cancellationToken)).Value is not { } client)
        {
            return NotFound();
        }

        Client = client;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string clientId, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || AccountLimits.TooLong(clientId))
        {
            return BadRequest();
        }

        if (!Confirm)
        {
            var page = await OnGetAsync(clientId, cancellationToken);
            Problem = text["ClientDeleteConfirmRequired"].Value;
            return page;
        }

        var result = await administration.DeleteClientAsync(User, clientId, cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        TempData["Message"] = text["ClientDeleted", result.Value!.DisplayName].Value;
        return Redirect("/admin/clients");
    }
}
