namespace Portal.Ui.Pages.Catalogue;

/// <summary>Texts of the catalogue's pages (public and back office): <c>CatalogueText.resx</c> zh-CN (default), <c>CatalogueText.en.resx</c> English.</summary>
public sealed class CatalogueText
{
    private CatalogueText()
    {
    }
}
