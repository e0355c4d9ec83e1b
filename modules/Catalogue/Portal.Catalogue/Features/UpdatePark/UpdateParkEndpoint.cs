using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.Http;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Domain.Rules;
using Portal.Catalogue.Features.Parks;
using Portal.Catalogue.Localization;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Features.UpdatePark;

/// <summary>
/// <c>PUT /api/admin/parks/{id}</c>: replaces the working copy. The body carries the <c>version</c> it was
/// based on; an older one is a 409 with <c>currentVersion</c>. A published park stays as the public saw it
/// until it is published again.
/// </summary>
internal static class UpdateParkEndpoint
{
    public static void Map(RouteGroupBuilder parks) => parks.MapPut("/{id:guid}", HandleAsync).WithSummary("Edit a park's working copy");

    private static async Task<Results<Ok<ParkResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id,
        ParkRequest request,
        HttpContext http,
        CatalogueDbContext db,
        RichTextSanitizer sanitizer,
        TimeProvider clock,
        IStringLocalizer<CatalogueMessages> text,
        CancellationToken cancellationToken)
    {
        var park = await db.Parks.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (park is null)
        {
            return PortalResults.NotFound();
        }

        if (request.Version is not { } version)
        {
            return new ValidationErrors().Add("version", text["VersionRequired"]).ToProblem();
        }

        if (version != park.Version)
        {
            return RuleResults.StaleVersion(park.Version, text);
        }

        var content = request.ToContent(sanitizer);
        var errors = await ParkValidation.ValidateAsync(content, db, text, cancellationToken);
        if (errors.HasErrors)
        {
            return errors.ToProblem();
        }

        try
        {
            var before = park.Content;
            if (park.Edit(content, clock.GetUtcNow()))
            {
                db.AddIntegrationEvent(new CatalogueItemUpdated(park.Kind, park.Id, park.TenantId!.Value));
                db.AuditUpdated(http, park, before);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (BusinessRuleException refused)
        {
            return RuleResults.Refusal(refused, text);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another save won the race after our version check.
            return RuleResults.StaleVersion(await CurrentVersions.OfAsync<Park, ParkContent>(db.Parks, id, cancellationToken), text);
        }

        return TypedResults.Ok(ParkResponse.From(park));
    }
}
