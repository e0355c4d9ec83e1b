using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.Http;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Domain.Rules;
using Portal.Catalogue.Localization;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Features.Policies;

/// <summary>Every rule a policy's content must meet before it is saved, the database's included.</summary>
internal static class PolicyValidation
{
    /// <summary>Field errors (400): the content's own rules, chain codes, and parks of this prefecture.</summary>
    public static async Task<ValidationErrors> ValidateAsync(
        PolicyRequest request, PolicyContent content, CatalogueDbContext db, IStringLocalizer<CatalogueMessages> text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (request.EffectiveFrom is null)
        {
            errors.Add("effectiveFrom", text["Required"]);
        }

        var rules = content.Rules()
            .Concat(await ReferenceChecks.ChainsMustExistAsync(db, "chains", content.Chains, single: false, cancellationToken))
            .Concat(await ReferenceChecks.ParksMustBelongToThePrefectureAsync(db, "parks", content.ParkIds, single: false, cancellationToken));
        return errors.AddViolations(BusinessRules.Broken(rules), text);
    }

    /// <summary>A conflict (409) with another policy of the prefecture: its issuer already gave this document number.</summary>
    public static async Task<ProblemHttpResult?> DuplicateAsync(
        PolicyContent content, Guid? policyId, CatalogueDbContext db, IStringLocalizer<CatalogueMessages> text, CancellationToken cancellationToken)
    {
        var rule = await ReferenceChecks.DocumentNumberMustBeUniqueAsync(db, content.Issuer, content.DocumentNumber, policyId, cancellationToken);
        if (!rule.IsBroken())
        {
            return null;
        }

        var violation = rule.Violation;
        return PortalResults.Conflict(text[violation.MessageKey, violation.Arguments], violation.Code);
    }
}
