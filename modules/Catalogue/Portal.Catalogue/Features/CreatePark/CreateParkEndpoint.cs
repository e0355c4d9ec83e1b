using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Features.Parks;
using Portal.Catalogue.Localization;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Features.CreatePark;

/// <summary><c>POST /api/admin/parks</c>: a new park of the current prefecture, as a draft.</summary>
internal static class CreateParkEndpoint
{
    public static void Map(RouteGroupBuilder parks) => parks.MapPost("/", HandleAsync).WithSummary("Create a park, as a draft");

    private static async Task<Results<Created<ParkResponse>, ValidationProblem>> HandleAsync(
        ParkRequest request,
        HttpContext http,
        CatalogueDbContext db,
        ICurrentTenant currentTenant,
        RichTextSanitizer sanitizer,
        TimeProvider clock,
        IStringLocalizer<CatalogueMessages> text,
        CancellationToken cancellationToken)
    {
        var content = request.ToContent(sanitizer);
        var errors = await ParkValidation.ValidateAsync(content, db, text, cancellationToken);
        if (errors.HasErrors)
        {
            return errors.ToProblem();
        }

        var park = AddDraft(db, http, currentTenant, content, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/admin/parks/{park.Id}", ParkResponse.From(park));
    }

    /// <summary>
    /// Adds a validated park as a new draft with its integration event and audit entry, unsaved: the
    /// caller saves (one request, or one import of many rows, in one transaction).
    /// </summary>
    internal static Park AddDraft(CatalogueDbContext db, HttpContext http, ICurrentTenant currentTenant, ParkContent content, DateTimeOffset now)
    {
        var park = Park.Create(content, now);
        db.Parks.Add(park);
        db.AddIntegrationEvent(new CatalogueItemCreated(park.Kind, park.Id, currentTenant.Id!.Value));
        db.AuditCreated(http, park);
        return park;
    }
}
