using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.Http;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Domain.Rules;
using Portal.Catalogue.Localization;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Features.Parks;

/// <summary>Every rule a park's content must meet before it is saved, the database's included, as field errors.</summary>
internal static class ParkValidation
{
    public static async Task<ValidationErrors> ValidateAsync(
        ParkContent content, CatalogueDbContext db, IStringLocalizer<CatalogueMessages> text, CancellationToken cancellationToken)
    {
        var rules = content.Rules()
            .Concat(await ReferenceChecks.ChainsMustExistAsync(db, "chains", content.Chains, single: false, cancellationToken));
        return new ValidationErrors().AddViolations(BusinessRules.Broken(rules), text);
    }
}
