using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Tenancy.Contracts;

namespace Portal.Ui.Pages;

/// <summary>The home page: what the portal offers, and every open prefecture.</summary>
public sealed class IndexModel(ITenancyModule tenancy) : PageModel
{
    public IReadOnlyList<PrefectureDto> Prefectures { get; private set; } = [];

    // The list comes from the Tenancy module's cached directory: no database round trip per request.
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Prefectures = await tenancy.ListActivePrefecturesAsync(cancellationToken);
}
