using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.Http;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Domain.Rules;
using Portal.Catalogue.Localization;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Features.Projects;

/// <summary>Every rule a project's content must meet before it is saved, the database's included, as field errors.</summary>
internal static class ProjectValidation
{
    public static async Task<ValidationErrors> ValidateAsync(
        ProjectContent content, CatalogueDbContext db, IStringLocalizer<CatalogueMessages> text, CancellationToken cancellationToken)
    {
        string[] chains = content.Chain.Length > 0 ? [content.Chain] : [];
        Guid[] parks = content.ParkId is { } park ? [park] : [];
        var rules = content.Rules()
            .Concat(await ReferenceChecks.ChainsMustExistAsync(db, "chain", chains, single: true, cancellationToken))
            .Concat(await ReferenceChecks.ParksMustBelongToThePrefectureAsync(db, "park", parks, single: true, cancellationToken));
        return new ValidationErrors().AddViolations(BusinessRules.Broken(rules), text);
    }
}
