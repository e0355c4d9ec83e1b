using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Persistence;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Persistence;
using Portal.Tenancy.Contracts;

namespace Portal.Catalogue.Published;

/// <summary>How many parks, policies and projects each prefecture has published, for <c>GET /api/prefectures</c>.</summary>
internal sealed class PublishedItemCounter(CatalogueDbContext db, CrossTenantReader reader) : IPublishedItemCounter
{
    private const string Reason = "published counts per prefecture";

    public async Task<IReadOnlyDictionary<Guid, PublishedItemCounts>> CountByTenantAsync(CancellationToken cancellationToken)
    {
        var parks = await CountAsync<Park, ParkContent>(db.Parks, cancellationToken);
        var policies = await CountAsync<IncentivePolicy, PolicyContent>(db.Policies, cancellationToken);
        var projects = await CountAsync<InvestmentProject, ProjectContent>(db.Projects, cancellationToken);
        return parks.Keys.Union(policies.Keys).Union(projects.Keys).ToDictionary(
            tenantId => tenantId,
            tenantId => new PublishedItemCounts(
                parks.GetValueOrDefault(tenantId), policies.GetValueOrDefault(tenantId), projects.GetValueOrDefault(tenantId)));
    }

    private async Task<Dictionary<Guid, int>> CountAsync<TItem, TContent>(DbSet<TItem> items, CancellationToken cancellationToken)
        where TItem : CatalogueItem<TContent>
        where TContent : class
    {
        var counts = await reader.AcrossTenants(items.AsNoTracking(), Reason)
            .Where(i => i.Status == PublicationStatus.Published && i.TenantId != null)
            .GroupBy(i => i.TenantId)
            .Select(g => new { TenantId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.ToDictionary(c => c.TenantId!.Value, c => c.Count);
    }
}
