namespace Portal.Ui.Pages.Admin.Audit;

/// <summary>Texts of the audit-log page: <c>AuditText.resx</c> zh-CN (default), <c>AuditText.en.resx</c> English.</summary>
internal sealed class AuditText
{
    private AuditText()
    {
    }
}
