namespace Portal.Identity.Localization;

/// <summary>Marker for the Identity module's messages (zh-CN in IdentityMessages.resx, English beside it).</summary>
internal sealed class IdentityMessages
{
    private IdentityMessages()
    {
    }
}
