using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.Http;
using Portal.Catalogue.Domain.Rules;
using Portal.Catalogue.Localization;

namespace Portal.Catalogue.Features;

/// <summary>Broken rules as HTTP answers: field rules are a 400 with an <c>errors</c> map, state rules a 409 with a code.</summary>
internal static class RuleResults
{
    public static ValidationErrors AddViolations(
        this ValidationErrors errors, IEnumerable<RuleViolation> violations, IStringLocalizer<CatalogueMessages> text)
    {
        foreach (var violation in violations)
        {
            errors.Add(violation.Field ?? "", text[violation.MessageKey, violation.Arguments]);
        }

        return errors;
    }

    public static ProblemHttpResult Refusal(BusinessRuleException refused, IStringLocalizer<CatalogueMessages> text)
    {
        if (refused.Violations.All(v => v.Field is null))
        {
            var first = refused.Violations[0];
            return PortalResults.Conflict(text[first.MessageKey, first.Arguments], first.Code);
        }

        var errors = new ValidationErrors().AddViolations(refused.Violations.Where(v => v.Field is not null), text);
        return TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary()) { Status = StatusCodes.Status400BadRequest });
    }

    /// <summary>The answer to a save based on an old version: the caller reloads <c>currentVersion</c> and merges.</summary>
    public static ProblemHttpResult StaleVersion(int currentVersion, IStringLocalizer<CatalogueMessages> text) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            detail: text["VersionStale", currentVersion],
            extensions: new Dictionary<string, object?> { ["code"] = "catalogue.version-stale", ["currentVersion"] = currentVersion });
}
