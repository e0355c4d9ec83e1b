using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Features.Parks;
using Portal.Catalogue.Localization;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Features.ListParks;

/// <summary><c>GET /api/admin/parks</c>: the current prefecture's parks, newest change first, filtered and paged.</summary>
internal static class ListParksEndpoint
{
    public static void Map(RouteGroupBuilder parks) => parks.MapGet("/", HandleAsync).WithSummary("The prefecture's parks: status, q, chain, page, pageSize");

    private static async Task<Results<Ok<Paged<ParkSummary>>, ValidationProblem>> HandleAsync(
        [AsParameters] ListQuery query, CatalogueDbContext db, IStringLocalizer<CatalogueMessages> text, CancellationToken cancellationToken)
    {
        var errors = query.Validate(text);
        if (errors.HasErrors)
        {
            return errors.ToProblem();
        }

        var parks = db.Parks.AsNoTracking();
        if (query.StatusFilter() is { } status)
        {
            parks = parks.Where(p => p.Status == status);
        }

        if (query.TextFilter() is { } q)
        {
            parks = parks.Where(p => p.Name.Contains(q) || (p.County != null && p.County.Contains(q)));
        }

        if (query.ChainFilter() is { } chain)
        {
            parks = parks.Where(p => p.Chains.Contains(chain));
        }

        var total = await parks.CountAsync(cancellationToken);
        var rows = await parks
            .OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id)
            .Skip(query.Skip()).Take(query.Size())
            .Select(p => new
            {
                p.Id, p.Name, p.ParkKind, p.Level, p.County, p.Chains, p.AvailableLandMu,
                p.Status, p.HasUnpublishedChanges, p.Version, p.UpdatedAt, p.PublishedAt,
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(p => new ParkSummary(
            p.Id, p.Name, p.ParkKind, p.Level, p.County, p.Chains, p.AvailableLandMu,
            PublicationStatusCodes.Of(p.Status), p.HasUnpublishedChanges, p.Version, p.UpdatedAt, p.PublishedAt)).ToList();
        return TypedResults.Ok(query.PageOf(total, items));
    }
}
