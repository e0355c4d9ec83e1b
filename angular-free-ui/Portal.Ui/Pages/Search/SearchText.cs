namespace Portal.Ui.Pages.Search;

/// <summary>Texts of the search pages and the home page's search box: <c>SearchText.resx</c> zh-CN (default), <c>SearchText.en.resx</c> English.</summary>
public sealed class SearchText
{
    private SearchText()
    {
    }
}
