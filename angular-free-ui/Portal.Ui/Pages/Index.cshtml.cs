using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.CatalogueSearch.Contracts;
using Portal.Tenancy.Contracts;

namespace Portal.Ui.Pages;

/// <summary>The home page: the search box, what the portal offers, and every open prefecture.</summary>
public sealed class IndexModel(ITenancyModule tenancy) : PageModel
{
    public IReadOnlyList<PrefectureDto> Prefectures { get; private set; } = [];

    // The list comes from the Tenancy module's cached directory: no database round trip per request.
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // /?q=… is a search someone typed or shared: the results live at one address, /search?q=….
        if (Request.Query.ContainsKey(CatalogueSearchParameters.Q))
        {
            return Redirect("/search" + Request.QueryString);
        }

        Prefectures = await tenancy.ListActivePrefecturesAsync(cancellationToken);
        return Page();
    }
}
