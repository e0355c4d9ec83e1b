using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.CatalogueSearch.Contracts;

namespace Portal.Ui.Pages.Search;

/// <summary>
/// <c>/search/suggest?q=…</c> (and <c>/t/{slug}/search/suggest</c>): the list of links the search box
/// shows as the visitor types, fetched by htmx. A fragment, not a page; bad input gives no suggestions
/// rather than an error, since the search itself reports it when submitted.
/// </summary>
public sealed class SuggestModel(ICatalogueSearch search) : PageModel
{
    public IReadOnlyList<CatalogueSuggestion> Suggestions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var q = Request.Query[CatalogueSearchParameters.Q].LastOrDefault();
        var result = await search.SuggestAsync(q, CatalogueSearchLimits.DefaultSuggestions, cancellationToken);
        Suggestions = result.Suggestions ?? [];

        // Typing is fast and suggestions change with every publish: never let a cache keep an old list.
        Response.Headers.CacheControl = "no-store";
    }
}
