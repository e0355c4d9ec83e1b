namespace Portal.Ui.Localization;

/// <summary>
/// Marker for every text the web UI shows. <c>UiText.resx</c> holds zh-CN, the default and the
/// fallback; <c>UiText.en.resx</c> holds English. Views get it as <c>T</c> from <c>_ViewImports</c>:
/// one shared file per language is easier to translate and review than one per view.
/// </summary>
internal sealed class UiText
{
    private UiText()
    {
    }
}
