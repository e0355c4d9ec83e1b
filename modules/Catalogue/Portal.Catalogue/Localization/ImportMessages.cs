namespace Portal.Catalogue.Localization;

/// <summary>Marker for the messages of catalogue import and export (zh-CN in ImportMessages.resx, English beside it).</summary>
internal sealed class ImportMessages
{
    private ImportMessages()
    {
    }
}
