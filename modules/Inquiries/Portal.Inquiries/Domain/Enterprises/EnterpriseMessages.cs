using Microsoft.Extensions.Localization;

namespace Portal.Inquiries.Domain.Enterprises;

/// <summary>
/// Marker for the messages about enterprise identifiers and contacts (zh-CN in EnterpriseMessages.resx,
/// English beside it); resolve <c>IStringLocalizer&lt;EnterpriseMessages&gt;</c>.
/// </summary>
internal sealed class EnterpriseMessages
{
    private EnterpriseMessages()
    {
    }

    /// <summary>The violation's message in the current UI culture.</summary>
    public static string Describe(IStringLocalizer<EnterpriseMessages> text, EnterpriseViolation violation) =>
        text[violation.MessageKey, violation.Arguments];
}
