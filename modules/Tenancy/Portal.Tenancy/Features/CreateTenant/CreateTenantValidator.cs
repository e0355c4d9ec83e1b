using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.Http;
using Portal.Tenancy.Domain;
using Portal.Tenancy.Localization;

namespace Portal.Tenancy.Features.CreateTenant;

internal static class CreateTenantValidator
{
    public static ValidationErrors Validate(CreateTenantRequest request, IStringLocalizer<TenancyMessages> text)
    {
        var errors = new ValidationErrors();
        if (!TenantRules.IsValidSlug(request.Slug?.Trim()))
        {
            errors.Add("slug", text["SlugInvalid"]);
        }

        if (request.Code is null || !TenantRules.CodePattern().IsMatch(request.Code.Trim()))
        {
            errors.Add("code", text["CodeInvalid"]);
        }

        TenantFieldRules.CheckNames(errors, request.Name, request.NameEn, text);

        if (!string.IsNullOrWhiteSpace(request.AdminEmail)
            && (request.AdminEmail.Length > TenantRules.EmailMaxLength || !TenantRules.EmailPattern().IsMatch(request.AdminEmail.Trim())))
        {
            errors.Add("adminEmail", text["EmailInvalid"]);
        }

        return errors;
    }
}
