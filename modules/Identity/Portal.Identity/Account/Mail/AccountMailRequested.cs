using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Portal.BuildingBlocks.Mail;
using Portal.BuildingBlocks.Outbox;
using Portal.Identity.Domain;
using Portal.Identity.Localization;

namespace Portal.Identity.Account.Mail;

/// <summary>
/// A mail with a password link is owed to a user: a reset they asked for, a reset an admin started, or the
/// invitation of a new user. The event carries no token: the handler makes a fresh one when it sends, so
/// no usable secret ever sits in the outbox table, and any older link dies once a password is set.
/// </summary>
internal sealed record AccountMailRequested(Guid UserId, string Kind, string Culture, string BaseUrl) : IIntegrationEvent
{
    public const string Reset = "reset";
    public const string Invitation = "invitation";
}

/// <summary>Sends the mail of <see cref="AccountMailRequested"/>; a throw (SMTP down) makes the outbox retry.</summary>
internal sealed class AccountMailHandler(
    UserManager<PortalUser> users,
    IMailSender sender,
    IStringLocalizer<AccountMessages> text,
    ILogger<AccountMailHandler> logger) : IIntegrationEventHandler<AccountMailRequested>
{
    public async Task HandleAsync(AccountMailRequested integrationEvent, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(integrationEvent.UserId.ToString());
        if (user is null || user.IsDisabled || string.IsNullOrWhiteSpace(user.Email))
        {
            logger.LogInformation("No mail for user {UserId}: gone, disabled or without an address", integrationEvent.UserId);
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = ResetLink(integrationEvent.BaseUrl, user.Id, token);

        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(integrationEvent.Culture);
            var invitation = integrationEvent.Kind == AccountMailRequested.Invitation;
            var subject = text[invitation ? "MailInvitationSubject" : "MailResetSubject"].Value;
            var body = text[invitation ? "MailInvitationBody" : "MailResetBody", user.DisplayName ?? user.UserName!, user.UserName!, link].Value;
            await sender.SendAsync(new MailMessageSpec(user.Email, subject, body), cancellationToken);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public static string ResetLink(string baseUrl, Guid userId, string token) =>
        $"{baseUrl.TrimEnd('/')}/account/reset-password?userId={userId}&token={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}";

    public static string? DecodeToken(string? encoded)
    {
        try
        {
            return string.IsNullOrEmpty(encoded) ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
