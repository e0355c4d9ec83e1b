using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.BuildingBlocks.Mail;

/// <summary>A plain-text mail to one person.</summary>
public sealed record MailMessageSpec(string To, string Subject, string Body);

/// <summary>Sends a mail or throws; the outbox retries a throw, so an SMTP outage delays mail but loses none.</summary>
public interface IMailSender
{
    Task SendAsync(MailMessageSpec mail, CancellationToken cancellationToken);
}

/// <summary>Picks SMTP when <c>Portal:Mail:Smtp:Host</c> is set, the pickup folder otherwise.</summary>
internal sealed class ConfiguredMailSender(IOptions<MailOptions> mail, IOptions<PortalOptions> portal, ILogger<ConfiguredMailSender> logger) : IMailSender
{
    public const string PickupFolderName = "mail-pickup";

    public async Task SendAsync(MailMessageSpec spec, CancellationToken cancellationToken)
    {
        var options = mail.Value;
        var from = options.Smtp.From ?? options.From;
        using var message = new MailMessage(from, spec.To, spec.Subject, spec.Body)
        {
            BodyEncoding = Encoding.UTF8,
            SubjectEncoding = Encoding.UTF8,
        };

        using var client = new SmtpClient();
        if (string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            // SmtpClient writes a complete RFC 5322 message (headers, encoded UTF-8 body) into the folder.
            var folder = Path.Combine(portal.Value.FullDataPath, PickupFolderName);
            Directory.CreateDirectory(folder);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = folder;
        }
        else
        {
            client.Host = options.Smtp.Host;
            client.Port = options.Smtp.Port;
            client.EnableSsl = options.Smtp.EnableSsl;
            if (!string.IsNullOrEmpty(options.Smtp.User))
            {
                client.Credentials = new NetworkCredential(options.Smtp.User, options.Smtp.Password);
            }
        }

        await client.SendMailAsync(message, cancellationToken);
        logger.LogInformation("Sent the mail \"{Subject}\" to {To}", spec.Subject, spec.To);
    }
}
