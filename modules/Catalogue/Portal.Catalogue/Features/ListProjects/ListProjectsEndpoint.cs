using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Features.Projects;
using Portal.Catalogue.Localization;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Features.ListProjects;

/// <summary><c>GET /api/admin/projects</c>: the current prefecture's investment projects, newest change first, filtered and paged.</summary>
internal static class ListProjectsEndpoint
{
    public static void Map(RouteGroupBuilder projects) =>
        projects.MapGet("/", HandleAsync).WithSummary("The prefecture's projects: status, q, chain, page, pageSize");

    private static async Task<Results<Ok<Paged<ProjectSummary>>, ValidationProblem>> HandleAsync(
        [AsParameters] ListQuery query, CatalogueDbContext db, IStringLocalizer<CatalogueMessages> text, CancellationToken cancellationToken)
    {
        var errors = query.Validate(text);
        if (errors.HasErrors)
        {
            return errors.ToProblem();
        }

        var projects = db.Projects.AsNoTracking();
        if (query.StatusFilter() is { } status)
        {
            projects = projects.Where(p => p.Status == status);
        }

        if (query.TextFilter() is { } q)
        {
            projects = projects.Where(p => p.Name.Contains(q));
        }

        if (query.ChainFilter() is { } chain)
        {
            projects = projects.Where(p => p.Chain == chain);
        }

        var total = await projects.CountAsync(cancellationToken);
        var rows = await projects
            .OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id)
            .Skip(query.Skip()).Take(query.Size())
            .Select(p => new
            {
                p.Id, p.Name, p.Chain, p.ParkId, p.InvestmentWan, p.CooperationMode,
                p.Status, p.HasUnpublishedChanges, p.Version, p.UpdatedAt, p.PublishedAt,
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(p => new ProjectSummary(
            p.Id, p.Name, p.Chain, p.ParkId, p.InvestmentWan, p.CooperationMode,
            PublicationStatusCodes.Of(p.Status), p.HasUnpublishedChanges, p.Version, p.UpdatedAt, p.PublishedAt)).ToList();
        return TypedResults.Ok(query.PageOf(total, items));
    }
}
