namespace Portal.Catalogue.Localization;

/// <summary>Marker for the Catalogue module's messages (zh-CN in CatalogueMessages.resx, English beside it).</summary>
internal sealed class CatalogueMessages
{
    private CatalogueMessages()
    {
    }
}
