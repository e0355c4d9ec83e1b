namespace Portal.Inquiries.Localization;

/// <summary>Marker for the Inquiries module's messages (zh-CN in InquiryMessages.resx, English beside it).</summary>
internal sealed class InquiryMessages
{
    private InquiryMessages()
    {
    }
}
