namespace Portal.Tenancy.Localization;

/// <summary>Marker for the Tenancy module's messages (zh-CN in TenancyMessages.resx, English beside it).</summary>
internal sealed class TenancyMessages
{
    private TenancyMessages()
    {
    }
}
