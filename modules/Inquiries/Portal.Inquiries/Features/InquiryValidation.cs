using System.Net.Mail;
using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.Http;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Catalogue.Contracts;
using Portal.Inquiries.Contracts;
using Portal.Inquiries.Domain;
using Portal.Inquiries.Domain.Enterprises;
using Portal.Inquiries.Localization;

namespace Portal.Inquiries.Features;

/// <summary>
/// Checks an inquiry's fields, each with a localized message under the API's field name, and turns them into
/// <see cref="InquiryContent"/> (trimmed, normalized: credit code upper case, mobile as 11 digits, province by
/// its full name, amounts to 2 decimals). The public form asks for everything; staff recording an inquiry may
/// leave out the credit code, province, email and message.
/// </summary>
internal sealed class InquiryValidation(
    ICatalogueModule catalogue,
    ITenantStore tenants,
    IStringLocalizer<InquiryMessages> text,
    IStringLocalizer<EnterpriseMessages> enterpriseText)
{
    public async Task<(InquiryContent? Content, ValidationErrors Errors)> ValidateAsync(
        InquirySubmission input, bool recordedByStaff, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var enterpriseName = RequiredText(errors, "enterpriseName", input.EnterpriseName, InquiryLimits.EnterpriseNameMaxLength);

        string? creditCode = null;
        if (!string.IsNullOrWhiteSpace(input.CreditCode) || !recordedByStaff)
        {
            if (CreditCode.TryParse(input.CreditCode, out var code, out var violation))
            {
                creditCode = code.Value;
            }
            else
            {
                errors.Add("creditCode", EnterpriseMessages.Describe(enterpriseText, violation));
            }
        }

        string? province = null;
        if (!string.IsNullOrWhiteSpace(input.Province) || !recordedByStaff)
        {
            if (Provinces.TryParse(input.Province, out var found, out var violation))
            {
                province = found.Name;
            }
            else
            {
                errors.Add("province", EnterpriseMessages.Describe(enterpriseText, violation));
            }
        }

        var contactName = RequiredText(errors, "contactName", input.ContactName, InquiryLimits.ContactNameMaxLength);
        string? mobile = null;
        if (MainlandMobile.TryParse(input.Mobile, out var number, out var mobileViolation))
        {
            mobile = number.Value;
        }
        else
        {
            errors.Add("mobile", EnterpriseMessages.Describe(enterpriseText, mobileViolation));
        }

        var email = Email(errors, input.Email, required: !recordedByStaff);
        var chain = await ChainAsync(errors, input.Chain, cancellationToken);
        var investment = Amount(errors, "investmentWan", input.InvestmentWan, required: true, InquiryLimits.MaxAmountWan, positive: true);
        var land = Amount(errors, "landMu", input.LandMu, required: false, InquiryLimits.MaxLandMu, positive: false);
        var power = Amount(errors, "powerKw", input.PowerKw, required: false, InquiryLimits.MaxPowerKw, positive: false);
        var prefectures = await PrefecturesAsync(errors, input.Prefectures, cancellationToken);
        var parks = await ParksAsync(errors, input.Parks, cancellationToken);
        var message = recordedByStaff
            ? OptionalText(errors, "message", input.Message, InquiryLimits.MessageMaxLength) ?? ""
            : RequiredText(errors, "message", input.Message, InquiryLimits.MessageMaxLength);
        if (!recordedByStaff && !input.Consent)
        {
            errors.Add("consent", text["ConsentRequired"]);
        }

        return errors.HasErrors
            ? (null, errors)
            : (new InquiryContent(enterpriseName, creditCode, province, contactName, mobile, email, chain!, investment!.Value,
                land, power, prefectures, parks, message), errors);
    }

    public string RequiredText(ValidationErrors errors, string field, string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            errors.Add(field, text["Required"]);
            return "";
        }

        if (trimmed.Length > maxLength)
        {
            errors.Add(field, text["TooLong", maxLength]);
        }

        return trimmed;
    }

    public string? OptionalText(ValidationErrors errors, string field, string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            errors.Add(field, text["TooLong", maxLength]);
        }

        return trimmed;
    }

    public decimal? Amount(ValidationErrors errors, string field, decimal? value, bool required, decimal max, bool positive)
    {
        if (value is null)
        {
            if (required)
            {
                errors.Add(field, text["Required"]);
            }

            return null;
        }

        if (value < 0 || (positive && value == 0))
        {
            errors.Add(field, text[positive ? "MustBePositive" : "Negative"]);
            return null;
        }

        if (value > max)
        {
            errors.Add(field, text["AmountTooLarge", max]);
            return null;
        }

        return decimal.Round(value.Value, 2, MidpointRounding.AwayFromZero);
    }

    private string? Email(ValidationErrors errors, string? value, bool required)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            if (required)
            {
                errors.Add("email", text["Required"]);
            }

            return null;
        }

        var at = trimmed.LastIndexOf('@');
        if (trimmed.Length > InquiryLimits.EmailMaxLength || at < 1 || !trimmed[(at + 1)..].Contains('.', StringComparison.Ordinal)
            || trimmed.Any(char.IsWhiteSpace) || !MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed)
        {
            errors.Add("email", text["EmailInvalid"]);
            return null;
        }

        return trimmed;
    }

    private async Task<string?> ChainAsync(ValidationErrors errors, string? value, CancellationToken cancellationToken)
    {
        var code = value?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            errors.Add("chain", text["Required"]);
            return null;
        }

        var chains = await catalogue.ListIndustryChainsAsync(cancellationToken);
        if (!chains.Any(chain => string.Equals(chain.Code, code, StringComparison.Ordinal)))
        {
            errors.Add("chain", text["UnknownChain", code]);
            return null;
        }

        return code;
    }

    private async Task<IReadOnlyList<string>> PrefecturesAsync(ValidationErrors errors, IReadOnlyList<string>? slugs, CancellationToken cancellationToken)
    {
        var result = new List<string>();
        if (slugs is null)
        {
            return result;
        }

        if (slugs.Count > InquiryLimits.MaxPrefectures)
        {
            errors.Add("prefectures", text["TooMany", InquiryLimits.MaxPrefectures]);
            return result;
        }

        for (var i = 0; i < slugs.Count; i++)
        {
            var slug = slugs[i]?.Trim().ToLowerInvariant();
            if (string.IsNullOrEmpty(slug) || await tenants.FindBySlugAsync(slug, cancellationToken) is not { IsActive: true })
            {
                errors.Add($"prefectures[{i}]", text["UnknownPrefecture", slugs[i] ?? ""]);
            }
            else if (!result.Contains(slug))
            {
                result.Add(slug);
            }
        }

        return result;
    }

    private async Task<IReadOnlyList<Guid>> ParksAsync(ValidationErrors errors, IReadOnlyList<Guid>? ids, CancellationToken cancellationToken)
    {
        var result = new List<Guid>();
        if (ids is null)
        {
            return result;
        }

        if (ids.Count > InquiryLimits.MaxParks)
        {
            errors.Add("parks", text["TooMany", InquiryLimits.MaxParks]);
            return result;
        }

        for (var i = 0; i < ids.Count; i++)
        {
            if (await catalogue.FindPublishedParkAsync(ids[i], cancellationToken) is null)
            {
                errors.Add($"parks[{i}]", text["UnknownPark", ids[i]]);
            }
            else if (!result.Contains(ids[i]))
            {
                result.Add(ids[i]);
            }
        }

        return result;
    }
}
