namespace Portal.CatalogueSearch.Localization;

/// <summary>Marker for the search module's messages (zh-CN in SearchMessages.resx, English beside it).</summary>
internal sealed class SearchMessages
{
    private SearchMessages()
    {
    }
}
