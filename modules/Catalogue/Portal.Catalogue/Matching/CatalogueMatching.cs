using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Persistence;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Matching;

/// <summary>
/// Candidate parks and applicable policies for an inquiry, read from the published snapshots of every
/// active prefecture. Suggesting where an inquiry could go compares prefectures, so these reads go
/// through <see cref="CrossTenantReader"/>, always narrowed to published rows as the public readers are.
/// </summary>
internal sealed class CatalogueMatching(
    CatalogueDbContext db, CrossTenantReader reader, ITenantStore tenants, TimeProvider clock) : ICatalogueMatching
{
    public async Task<CatalogueMatchDto> MatchAsync(CatalogueMatchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var chain = string.IsNullOrWhiteSpace(query.ChainCode) ? null : query.ChainCode.Trim();
        var preferredPrefectures = (query.PreferredPrefectures ?? [])
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .Select(p => p.Trim())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var preferredParks = (query.PreferredParks ?? []).ToHashSet();
        var prefectures = new PrefectureLookup(tenants);

        var parks = new List<(Guid TenantId, MatchedParkDto Park)>();
        foreach (var row in await PublishedAsync<Park, ParkContent>(db.Parks, "inquiry routing: candidate parks of every prefecture", cancellationToken))
        {
            if (await prefectures.FindAsync(row.TenantId, cancellationToken) is not { } prefecture)
            {
                continue;
            }

            var park = row.Content;
            var chainMatches = chain is not null && park.Chains.Contains(chain, StringComparer.Ordinal);
            var isPreferredPark = preferredParks.Contains(row.Id);
            var isPreferredPrefecture = preferredPrefectures.Contains(prefecture.Slug) || preferredPrefectures.Contains(prefecture.Code);
            if (chain is not null && !chainMatches && !isPreferredPark && !isPreferredPrefecture)
            {
                continue;
            }

            parks.Add((row.TenantId, new MatchedParkDto(
                row.Id, prefecture, park.Name, park.Kind, park.Level, park.AvailableLandMu, park.LandPriceWanPerMu,
                park.PowerPriceYuanPerKwh, park.Chains, chainMatches, isPreferredPark, isPreferredPrefecture)));
        }

        var today = ChinaCalendar.Today(clock);
        var policies = new List<MatchedPolicyDto>();
        foreach (var row in await PublishedAsync<IncentivePolicy, PolicyContent>(db.Policies, "inquiry routing: policies applying to candidate parks", cancellationToken))
        {
            var policy = row.Content;
            var inForce = policy.EffectiveFrom <= today && !policy.IsExpiredOn(today);
            var openToChain = chain is null || policy.Chains.Length == 0 || policy.Chains.Contains(chain, StringComparer.Ordinal);
            if (!inForce || !openToChain)
            {
                continue;
            }

            // A policy naming no park applies to every park of its prefecture.
            Guid[] appliesTo = [.. parks
                .Where(p => p.TenantId == row.TenantId && (policy.ParkIds.Length == 0 || policy.ParkIds.Contains(p.Park.Id)))
                .Select(p => p.Park.Id)];
            if (appliesTo.Length == 0 || await prefectures.FindAsync(row.TenantId, cancellationToken) is not { } prefecture)
            {
                continue;
            }

            policies.Add(new MatchedPolicyDto(
                row.Id, prefecture, policy.Title, policy.Level, policy.Chains, policy.IncentiveKinds,
                policy.EffectiveFrom, policy.EffectiveTo, appliesTo));
        }

        return new CatalogueMatchDto(
            query,
            [.. parks.Select(p => p.Park).OrderBy(p => p.Prefecture.Code, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)],
            [.. policies.OrderBy(p => p.Prefecture.Code, StringComparer.Ordinal).ThenBy(p => p.Title, StringComparer.Ordinal)]);
    }

    private async Task<List<PublishedRow<TContent>>> PublishedAsync<TItem, TContent>(
        DbSet<TItem> items, string reason, CancellationToken cancellationToken)
        where TItem : CatalogueItem<TContent>
        where TContent : class
    {
        var rows = await reader.AcrossTenants(items.AsNoTracking(), reason)
            .Where(i => i.Status == PublicationStatus.Published && i.PublishedSnapshot != null && i.TenantId != null)
            .Select(i => new { i.Id, i.TenantId, i.PublishedSnapshot })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new PublishedRow<TContent>(r.Id, r.TenantId!.Value, ContentJson.Read<TContent>(r.PublishedSnapshot!)))];
    }

    private sealed record PublishedRow<TContent>(Guid Id, Guid TenantId, TContent Content);

    /// <summary>Each owning prefecture looked up once; a disabled one is null, and its items disappear as on the public site.</summary>
    private sealed class PrefectureLookup(ITenantStore tenants)
    {
        private readonly Dictionary<Guid, PrefectureRefDto?> _known = [];

        public async Task<PrefectureRefDto?> FindAsync(Guid tenantId, CancellationToken cancellationToken)
        {
            if (!_known.TryGetValue(tenantId, out var prefecture))
            {
                prefecture = await tenants.FindByIdAsync(tenantId, cancellationToken) is { IsActive: true } tenant
                    ? new PrefectureRefDto(tenant.Slug, tenant.Code, tenant.Name, tenant.NameEn)
                    : null;
                _known[tenantId] = prefecture;
            }

            return prefecture;
        }
    }
}
