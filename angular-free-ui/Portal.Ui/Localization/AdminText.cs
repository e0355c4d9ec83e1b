namespace Portal.Ui.Localization;

/// <summary>
/// Texts of the sign-in pages and the back office (<c>/account</c>, <c>/admin</c>): <c>AdminText.resx</c> zh-CN,
/// <c>AdminText.en.resx</c> English. Views get it as <c>A</c> from the folders' <c>_ViewImports</c>.
/// </summary>
internal sealed class AdminText
{
    private AdminText()
    {
    }
}

/// <summary>The back office's localizer for public PageModels, which cannot name the internal <see cref="AdminText"/> in their signatures.</summary>
internal static class AdminTextLocalizer
{
    public static Microsoft.Extensions.Localization.IStringLocalizer AdminText(this Microsoft.Extensions.Localization.IStringLocalizerFactory factory) =>
        factory.Create(typeof(AdminText));
}
