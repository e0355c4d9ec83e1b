using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Features.Policies;
using Portal.Catalogue.Localization;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Features.ListPolicies;

/// <summary>
/// <c>GET /api/admin/policies</c>: the current prefecture's policies, newest change first. Besides the
/// common filters, <c>expired=false</c> leaves out policies whose last day has passed (in China).
/// </summary>
internal static class ListPoliciesEndpoint
{
    public static void Map(RouteGroupBuilder policies) =>
        policies.MapGet("/", HandleAsync).WithSummary("The prefecture's policies: status, q, chain, expired, page, pageSize");

    private static async Task<Results<Ok<Paged<PolicySummary>>, ValidationProblem>> HandleAsync(
        [AsParameters] ListQuery query,
        bool? expired,
        CatalogueDbContext db,
        TimeProvider clock,
        IStringLocalizer<CatalogueMessages> text,
        CancellationToken cancellationToken)
    {
        var errors = query.Validate(text);
        if (errors.HasErrors)
        {
            return errors.ToProblem();
        }

        var today = ChinaCalendar.Today(clock);
        var policies = db.Policies.AsNoTracking();
        if (query.StatusFilter() is { } status)
        {
            policies = policies.Where(p => p.Status == status);
        }

        if (query.TextFilter() is { } q)
        {
            policies = policies.Where(p => p.Title.Contains(q) || p.Issuer.Contains(q) || (p.DocumentNumber != null && p.DocumentNumber.Contains(q)));
        }

        if (query.ChainFilter() is { } chain)
        {
            policies = policies.Where(p => p.Chains.Contains(chain));
        }

        policies = expired switch
        {
            true => policies.Where(p => p.EffectiveTo != null && p.EffectiveTo < today),
            false => policies.Where(p => p.EffectiveTo == null || p.EffectiveTo >= today),
            null => policies,
        };

        var total = await policies.CountAsync(cancellationToken);
        var rows = await policies
            .OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id)
            .Skip(query.Skip()).Take(query.Size())
            .Select(p => new
            {
                p.Id, p.Title, p.Issuer, p.DocumentNumber, p.Level, p.Chains, p.EffectiveFrom, p.EffectiveTo,
                p.Status, p.HasUnpublishedChanges, p.Version, p.UpdatedAt, p.PublishedAt,
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(p => new PolicySummary(
            p.Id, p.Title, p.Issuer, p.DocumentNumber, p.Level, p.Chains, p.EffectiveFrom, p.EffectiveTo, p.EffectiveTo < today,
            PublicationStatusCodes.Of(p.Status), p.HasUnpublishedChanges, p.Version, p.UpdatedAt, p.PublishedAt)).ToList();
        return TypedResults.Ok(query.PageOf(total, items));
    }
}
