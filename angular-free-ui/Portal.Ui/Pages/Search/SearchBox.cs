namespace Portal.Ui.Pages.Search;

/// <summary>
/// The search box (<c>_SearchBox.cshtml</c>) on the home page and the search pages: the text field, its
/// suggestion list fetched by htmx from <paramref name="SuggestPath"/>, and the submit button.
/// </summary>
public sealed record SearchBox(string SuggestPath, string? Q, IReadOnlyList<string> Errors);
