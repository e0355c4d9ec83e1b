namespace Portal.Ui.Pages.Inquiries;

/// <summary>
/// Texts of the inquiry pages, public (<c>/inquire</c>, <c>/track</c>) and back office (<c>/admin/inquiries</c>):
/// <c>InquiryText.resx</c> zh-CN (default), <c>InquiryText.en.resx</c> English. Views get it as <c>Q</c>.
/// </summary>
public sealed class InquiryText
{
    private InquiryText()
    {
    }
}
