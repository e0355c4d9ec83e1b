using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Persistence;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Features;
using Portal.Catalogue.Media.Features;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Published;

/// <summary>
/// The public face of the catalogue: published versions only, of active prefectures only. A public
/// item is found by id whatever prefecture owns it, so these reads go through
/// <see cref="CrossTenantReader"/>, always narrowed to published rows.
/// </summary>
internal sealed class PublishedCatalogue(
    CatalogueDbContext db, CrossTenantReader reader, ITenantStore tenants, TimeProvider clock) : ICatalogueModule
{
    public async Task<IReadOnlyList<IndustryChainDto>> ListIndustryChainsAsync(CancellationToken cancellationToken = default)
    {
        var chains = await db.IndustryChains.AsNoTracking().ToListAsync(cancellationToken);
        return [.. chains.OrderBy(c => c.SortOrder).ThenBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => new IndustryChainDto(c.Code, c.NameZh, c.NameEn, c.SortOrder))];
    }

    public async Task<PublishedParkDto?> FindPublishedParkAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var row = await FindAsync<Park, ParkContent>(db.Parks, id, "public read of a published park", cancellationToken);
        if (row is null || await PrefectureAsync(row.TenantId, cancellationToken) is not { } prefecture)
        {
            return null;
        }

        var park = row.Content;
        return new PublishedParkDto(
            id, prefecture, park.Name, park.Kind, park.Level, park.County, park.Address, park.Latitude, park.Longitude,
            park.PlannedAreaMu, park.AvailableLandMu, park.LandPriceWanPerMu, park.PowerPriceYuanPerKwh,
            park.WaterSupply, park.GasSupply, park.Logistics, park.Chains, park.NotableEnterprises, park.Description,
            [.. park.Contacts.Select(ContactBody.ToDto)], row.PublishedAt)
        {
            Photos = await MediaOwners.PublishedAsync(db, reader, row.TenantId, CatalogueItemKinds.Park, id, cancellationToken),
        };
    }

    public async Task<PublishedPolicyDto?> FindPublishedPolicyAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var row = await FindAsync<IncentivePolicy, PolicyContent>(db.Policies, id, "public read of a published policy", cancellationToken);
        if (row is null || await PrefectureAsync(row.TenantId, cancellationToken) is not { } prefecture)
        {
            return null;
        }

        var policy = row.Content;
        var parks = await PublishedParksAsync(row.TenantId, policy.ParkIds, cancellationToken);
        return new PublishedPolicyDto(
            id, prefecture, policy.Title, policy.Issuer, policy.DocumentNumber, policy.Level, policy.Chains,
            [.. policy.ParkIds.Where(parks.ContainsKey).Select(parkId => parks[parkId])],
            policy.IncentiveKinds, policy.EffectiveFrom, policy.EffectiveTo, policy.IsExpiredOn(ChinaCalendar.Today(clock)),
            policy.Body, row.PublishedAt)
        {
            Attachments = await MediaOwners.PublishedAsync(db, reader, row.TenantId, CatalogueItemKinds.Policy, id, cancellationToken),
        };
    }

    public async Task<PublishedProjectDto?> FindPublishedProjectAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var row = await FindAsync<InvestmentProject, ProjectContent>(db.Projects, id, "public read of a published project", cancellationToken);
        if (row is null || await PrefectureAsync(row.TenantId, cancellationToken) is not { } prefecture)
        {
            return null;
        }

        var project = row.Content;
        var parks = project.ParkId is { } parkId
            ? await PublishedParksAsync(row.TenantId, [parkId], cancellationToken)
            : new Dictionary<Guid, ParkRefDto>();
        return new PublishedProjectDto(
            id, prefecture, project.Name, project.Chain, parks.Values.FirstOrDefault(), project.InvestmentWan,
            project.CooperationMode, project.Description, project.Contact is { } contact ? ContactBody.ToDto(contact) : null,
            row.PublishedAt)
        {
            Photos = await MediaOwners.PublishedAsync(db, reader, row.TenantId, CatalogueItemKinds.Project, id, cancellationToken),
        };
    }

    public async Task<IReadOnlyList<Guid>> ListPublishedIdsAsync(string kind, Guid? after, int take, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        return kind switch
        {
            CatalogueItemKinds.Park => await PublishedIdsAsync<Park, ParkContent>(db.Parks, after, take, cancellationToken),
            CatalogueItemKinds.Policy => await PublishedIdsAsync<IncentivePolicy, PolicyContent>(db.Policies, after, take, cancellationToken),
            CatalogueItemKinds.Project => await PublishedIdsAsync<InvestmentProject, ProjectContent>(db.Projects, after, take, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a catalogue item kind."),
        };
    }

    private async Task<IReadOnlyList<Guid>> PublishedIdsAsync<TItem, TContent>(
        DbSet<TItem> items, Guid? after, int take, CancellationToken cancellationToken)
        where TItem : CatalogueItem<TContent>
        where TContent : class
    {
        // Ids are UUIDv7 (time-ordered); a rebuild pages by the last id it saw, in the engine's own order.
        var published = reader.AcrossTenants(items.AsNoTracking(), "re-index of published items")
            .Where(i => i.Status == PublicationStatus.Published);
        if (after is { } last)
        {
            published = published.Where(i => i.Id.CompareTo(last) > 0);
        }

        return await published.OrderBy(i => i.Id).Take(take).Select(i => i.Id).ToListAsync(cancellationToken);
    }

    private async Task<PublishedRow<TContent>?> FindAsync<TItem, TContent>(
        DbSet<TItem> items, Guid id, string reason, CancellationToken cancellationToken)
        where TItem : CatalogueItem<TContent>
        where TContent : class
    {
        var row = await reader.AcrossTenants(items.AsNoTracking(), reason)
            .Where(i => i.Id == id && i.Status == PublicationStatus.Published && i.PublishedSnapshot != null)
            .Select(i => new { i.TenantId, i.PublishedSnapshot, i.PublishedAt })
            .FirstOrDefaultAsync(cancellationToken);
        return row is { TenantId: { } tenantId, PublishedSnapshot: { } snapshot, PublishedAt: { } publishedAt }
            ? new PublishedRow<TContent>(tenantId, ContentJson.Read<TContent>(snapshot), publishedAt)
            : null;
    }

    /// <summary>The published parks among <paramref name="ids"/>, with their public names; drafts stay invisible.</summary>
    private async Task<Dictionary<Guid, ParkRefDto>> PublishedParksAsync(Guid tenantId, Guid[] ids, CancellationToken cancellationToken)
    {
        if (ids.Length == 0)
        {
            return [];
        }

        var wanted = ids.Distinct().ToArray();
        var rows = await reader.AcrossTenants(db.Parks.AsNoTracking(), "public read of the parks a published item names")
            .Where(p => p.TenantId == tenantId && wanted.Contains(p.Id) && p.Status == PublicationStatus.Published && p.PublishedSnapshot != null)
            .Select(p => new { p.Id, p.PublishedSnapshot })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(p => p.Id, p => new ParkRefDto(p.Id, ContentJson.Read<ParkContent>(p.PublishedSnapshot!).Name));
    }

    /// <summary>The owning prefecture, or null when it is disabled: a disabled prefecture disappears from the public site.</summary>
    private async Task<PrefectureRefDto?> PrefectureAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await tenants.FindByIdAsync(tenantId, cancellationToken) is { IsActive: true } tenant
            ? new PrefectureRefDto(tenant.Slug, tenant.Code, tenant.Name, tenant.NameEn)
            : null;

    private sealed record PublishedRow<TContent>(Guid TenantId, TContent Content, DateTimeOffset PublishedAt);
}
