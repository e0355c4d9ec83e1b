using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Identity.Contracts.Administration;

namespace Portal.Ui.Pages.Admin.Clients;

/// <summary><c>/admin/clients</c>: the clients of the signed-in admin's scope, as <c>GET /api/admin/clients</c> lists them.</summary>
public sealed class IndexModel(IClientAdministration administration) : PageModel
{
    public IReadOnlyList<ClientDetails> Clients { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Clients = await administration.ListClientsAsync(User, cancellationToken);
        return Page();
    }
}
