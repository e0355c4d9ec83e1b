namespace Portal.BuildingBlocks.Mail;

/// <summary>
/// <c>Portal:Mail</c>: with <c>Smtp:Host</c> set, mails go to that SMTP server; otherwise they are written as
/// <c>.eml</c> files to <c>{DataPath}/mail-pickup/</c>, where an operator (or a test) can read them.
/// <c>BaseUrl</c> is the portal's public address for links in mails that are not sent while answering a
/// request (the first admin of a new prefecture); otherwise the request's own address is used.
/// </summary>
public sealed class MailOptions
{
    public const string SectionName = "Portal:Mail";

    public string From { get; set; } = "no-reply@portal.local";

    public string? BaseUrl { get; set; }

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public string? User { get; set; }

    public string? Password { get; set; }

    public string? From { get; set; }

    public bool EnableSsl { get; set; }
}
