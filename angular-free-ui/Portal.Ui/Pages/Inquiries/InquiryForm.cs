using Portal.Inquiries.Contracts;

namespace Portal.Ui.Pages.Inquiries;

/// <summary>
/// The inquiry's fields as a form posts them (<c>Form.EnterpriseName</c>…), shared by the public form and the
/// back office's "record an inquiry". Numbers arrive as text so that "abc" reaches the intake's own validation
/// message instead of vanishing in model binding.
/// </summary>
public sealed class InquiryForm
{
    /// <summary>Field names as the intake reports errors (API.md's body), in form order.</summary>
    public static readonly IReadOnlyList<string> FieldNames =
    [
        "enterpriseName", "creditCode", "province", "contactName", "mobile", "email", "chain",
        "investmentWan", "landMu", "powerKw", "prefectures", "parks", "message", "consent",
    ];

    public string? EnterpriseName { get; set; }

    public string? CreditCode { get; set; }

    public string? Province { get; set; }

    public string? ContactName { get; set; }

    public string? Mobile { get; set; }

    public string? Email { get; set; }

    public string? Chain { get; set; }

    public string? InvestmentWan { get; set; }

    public string? LandMu { get; set; }

    public string? PowerKw { get; set; }

    public List<string> Prefectures { get; set; } = [];

    public List<Guid> Parks { get; set; } = [];

    public string? Message { get; set; }

    public bool Consent { get; set; }

    /// <summary>Anything longer than a person types into this form is refused before it reaches the intake.</summary>
    public bool TooLong() =>
        new[] { EnterpriseName, CreditCode, Province, ContactName, Mobile, Email, Chain, InvestmentWan, LandMu, PowerKw }
            .Any(value => value is { Length: > 300 })
        || Message is { Length: > 10_000 }
        || Prefectures.Count > 32 || Prefectures.Any(slug => slug is not { Length: <= 64 })
        || Parks.Count > 32;

    /// <summary>
    /// The submission; a number that does not parse becomes an error of that field (the intake's own check
    /// cannot see it, since the contract carries decimals).
    /// </summary>
    public InquirySubmission ToSubmission(Func<string, string> numberError, Dictionary<string, string[]> errors)
    {
        decimal? Number(string field, string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var normalized = text.Trim().Replace(",", string.Empty, StringComparison.Ordinal).Replace("，", string.Empty, StringComparison.Ordinal);
            if (decimal.TryParse(normalized, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            errors[field] = [numberError(field)];
            return null;
        }

        return new InquirySubmission(
            EnterpriseName, CreditCode, Province, ContactName, Mobile, Email, Chain,
            Number("investmentWan", InvestmentWan), Number("landMu", LandMu), Number("powerKw", PowerKw),
            Prefectures.Where(slug => !string.IsNullOrWhiteSpace(slug)).Distinct(StringComparer.Ordinal).ToList(),
            Parks.Distinct().ToList(),
            Message, Consent);
    }
}
