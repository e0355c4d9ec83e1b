using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Persistence;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Features;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Administration;

/// <summary>
/// One prefecture's published items, read from the published snapshots only (never the working copy),
/// through <see cref="CrossTenantReader"/> narrowed to that prefecture and to published rows.
/// </summary>
internal sealed class PrefectureCatalogue(
    CatalogueDbContext db, CrossTenantReader reader, ITenantStore tenants, TimeProvider clock) : IPrefectureCatalogue
{
    private const string Reason = "public page of a prefecture's published catalogue";

    public async Task<PrefectureCatalogueDto> ListPublishedAsync(Guid prefectureId, CancellationToken cancellationToken = default)
    {
        if (await tenants.FindByIdAsync(prefectureId, cancellationToken) is not { IsActive: true } tenant)
        {
            return new PrefectureCatalogueDto([], [], []);
        }

        var prefecture = new PrefectureRefDto(tenant.Slug, tenant.Code, tenant.Name, tenant.NameEn);
        var parkRows = await RowsAsync<Park, ParkContent>(db.Parks, prefectureId, cancellationToken);
        var policyRows = await RowsAsync<IncentivePolicy, PolicyContent>(db.Policies, prefectureId, cancellationToken);
        var projectRows = await RowsAsync<InvestmentProject, ProjectContent>(db.Projects, prefectureId, cancellationToken);

        var parks = parkRows
            .Select(r => ToDto(r.Id, prefecture, r.Content, r.PublishedAt))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        var parkRefs = parks.ToDictionary(p => p.Id, p => new ParkRefDto(p.Id, p.Name));

        var today = ChinaCalendar.Today(clock);
        var policies = policyRows
            .Select(r => new PublishedPolicyDto(
                r.Id, prefecture, r.Content.Title, r.Content.Issuer, r.Content.DocumentNumber, r.Content.Level, r.Content.Chains,
                [.. r.Content.ParkIds.Where(parkRefs.ContainsKey).Select(id => parkRefs[id])],
                r.Content.IncentiveKinds, r.Content.EffectiveFrom, r.Content.EffectiveTo, r.Content.IsExpiredOn(today),
                r.Content.Body, r.PublishedAt))
            .OrderBy(p => p.Expired)
            .ThenByDescending(p => p.EffectiveFrom)
            .ThenBy(p => p.Title, StringComparer.Ordinal)
            .ToList();

        var projects = projectRows
            .Select(r => new PublishedProjectDto(
                r.Id, prefecture, r.Content.Name, r.Content.Chain,
                r.Content.ParkId is { } parkId && parkRefs.TryGetValue(parkId, out var park) ? park : null,
                r.Content.InvestmentWan, r.Content.CooperationMode, r.Content.Description,
                r.Content.Contact is { } contact ? ContactBody.ToDto(contact) : null, r.PublishedAt))
            .OrderByDescending(p => p.InvestmentWan)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();

        return new PrefectureCatalogueDto(parks, policies, projects);
    }

    internal static PublishedParkDto ToDto(Guid id, PrefectureRefDto prefecture, ParkContent park, DateTimeOffset publishedAt) => new(
        id, prefecture, park.Name, park.Kind, park.Level, park.County, park.Address, park.Latitude, park.Longitude,
        park.PlannedAreaMu, park.AvailableLandMu, park.LandPriceWanPerMu, park.PowerPriceYuanPerKwh,
        park.WaterSupply, park.GasSupply, park.Logistics, park.Chains, park.NotableEnterprises, park.Description,
        [.. park.Contacts.Select(ContactBody.ToDto)], publishedAt);

    private async Task<List<Row<TContent>>> RowsAsync<TItem, TContent>(DbSet<TItem> items, Guid prefectureId, CancellationToken cancellationToken)
        where TItem : CatalogueItem<TContent>
        where TContent : class
    {
        var rows = await reader.AcrossTenants(items.AsNoTracking(), Reason)
            .Where(i => i.TenantId == prefectureId && i.Status == PublicationStatus.Published && i.PublishedSnapshot != null)
            .Select(i => new { i.Id, i.PublishedSnapshot, i.PublishedAt })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new Row<TContent>(r.Id, ContentJson.Read<TContent>(r.PublishedSnapshot!), r.PublishedAt ?? DateTimeOffset.MinValue))];
    }

    private sealed record Row<TContent>(Guid Id, TContent Content, DateTimeOffset PublishedAt);
}
