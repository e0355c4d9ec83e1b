namespace Portal.Audit.Localization;

/// <summary>Marker for the Audit module's messages (zh-CN in AuditMessages.resx, English beside it).</summary>
internal sealed class AuditMessages
{
    private AuditMessages()
    {
    }
}
