using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.BuildingBlocks.Mail;
using Portal.BuildingBlocks.Outbox;
using Portal.Inquiries.Localization;
using Portal.Inquiries.Persistence;

namespace Portal.Inquiries.Features.Intake;

/// <summary>The enterprise is owed the acknowledgement of its inquiry, with its tracking code (module-internal).</summary>
internal sealed record InquiryAcknowledgementRequested(Guid InquiryId, string Culture) : IIntegrationEvent;

/// <summary>Mails the acknowledgement; a throw (SMTP down) makes the outbox retry, so none is lost.</summary>
internal sealed class AcknowledgementMailHandler(
    InquiriesDbContext db,
    IMailSender sender,
    IOptions<MailOptions> mail,
    IConfiguration configuration,
    IStringLocalizer<InquiryMessages> text) : IIntegrationEventHandler<InquiryAcknowledgementRequested>
{
    public async Task HandleAsync(InquiryAcknowledgementRequested integrationEvent, CancellationToken cancellationToken)
    {
        var inquiry = await db.Inquiries.AsNoTracking().FirstOrDefaultAsync(i => i.Id == integrationEvent.InquiryId, cancellationToken);
        if (inquiry?.Email is null)
        {
            return;
        }

        var baseUrl = (mail.Value.BaseUrl ?? configuration["Portal:Issuer"] ?? "").TrimEnd('/');
        var link = $"{baseUrl}/track?code={Uri.EscapeDataString(inquiry.TrackingCode)}";
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(integrationEvent.Culture);
            var subject = text["AckMailSubject", inquiry.TrackingCode].Value;
            var body = text["AckMailBody", inquiry.ContactName, inquiry.EnterpriseName, inquiry.TrackingCode, link].Value;
            await sender.SendAsync(new MailMessageSpec(inquiry.Email, subject, body), cancellationToken);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
