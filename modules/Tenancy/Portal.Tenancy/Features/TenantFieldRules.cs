using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.Http;
using Portal.Tenancy.Domain;
using Portal.Tenancy.Localization;

namespace Portal.Tenancy.Features;

/// <summary>Field checks shared by creating and updating a prefecture.</summary>
internal static class TenantFieldRules
{
    public static void CheckNames(ValidationErrors errors, string? name, string? nameEn, IStringLocalizer<TenancyMessages> text)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add("name", text["NameRequired"]);
        }
        else if (name.Trim().Length > TenantRules.NameMaxLength)
        {
            errors.Add("name", text["NameTooLong", TenantRules.NameMaxLength]);
        }

        if (string.IsNullOrWhiteSpace(nameEn))
        {
            errors.Add("nameEn", text["NameEnRequired"]);
        }
        else if (nameEn.Trim().Length > TenantRules.NameEnMaxLength)
        {
            errors.Add("nameEn", text["NameEnTooLong", TenantRules.NameEnMaxLength]);
        }
    }
}
