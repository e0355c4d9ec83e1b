namespace Portal.Ui.Localization;

/// <summary>
/// Marker for the texts of the OpenID Connect pages (<c>/connect/consent</c>): <c>ConnectText.resx</c>
/// zh-CN (default), <c>ConnectText.en.resx</c> English. Scope texts are keyed <c>Scope_{scope}</c>,
/// permission texts <c>Permission_{permission}</c>.
/// </summary>
internal sealed class ConnectText
{
    private ConnectText()
    {
    }
}
