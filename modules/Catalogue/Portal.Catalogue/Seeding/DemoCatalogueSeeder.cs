using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks;
using Portal.BuildingBlocks.Modules;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Persistence;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Features;
using Portal.Catalogue.Persistence;
using Portal.Tenancy.Contracts;

namespace Portal.Catalogue.Seeding;

/// <summary>
/// With demo data on, the first start fills each active prefecture with published parks, policies and
/// projects (<see cref="DemoCatalogue"/>), through the same aggregates and events as the admin API, so
/// the search index gets them too. Only into an empty catalogue: what a prefecture deleted stays deleted.
/// </summary>
internal sealed class DemoCatalogueSeeder(
    IServiceScopeFactory scopes,
    ITenancyModule tenancy,
    ICurrentTenant currentTenant,
    RichTextSanitizer sanitizer,
    IOptions<PortalOptions> options,
    TimeProvider clock,
    ILogger<DemoCatalogueSeeder> logger) : IDataSeeder
{
    /// <summary>After the prefectures (100) and the industry chains (200).</summary>
    public int Order => 300;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.DemoData || await CatalogueHasItemsAsync(cancellationToken))
        {
            return;
        }

        var demo = DemoCatalogue.Load();
        var seeded = 0;
        foreach (var prefecture in await tenancy.ListActivePrefecturesAsync(cancellationToken))
        {
            var own = demo.Prefectures.FirstOrDefault(p => p.Slug == prefecture.Slug);
            var policies = demo.ProvincePoliciesOf(prefecture.Slug).Concat(own?.Policies ?? []).ToList();
            if (own is null && policies.Count == 0)
            {
                continue;
            }

            using (currentTenant.Change(prefecture.Id, prefecture.Slug))
            {
                seeded += await SeedPrefectureAsync(prefecture.Id, own?.Parks ?? [], policies, own?.Projects ?? [], cancellationToken);
            }
        }

        logger.LogInformation("Published {Count} demo catalogue items across the prefectures", seeded);
    }

    private async Task<bool> CatalogueHasItemsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var reader = scope.ServiceProvider.GetRequiredService<CrossTenantReader>();
        const string reason = "demo data goes only into an empty catalogue";
        return await reader.AcrossTenants(db.Parks, reason).AnyAsync(cancellationToken)
            || await reader.AcrossTenants(db.Policies, reason).AnyAsync(cancellationToken)
            || await reader.AcrossTenants(db.Projects, reason).AnyAsync(cancellationToken);
    }

    private async Task<int> SeedPrefectureAsync(
        Guid tenantId,
        IReadOnlyList<DemoCatalogue.Park> parks,
        List<DemoCatalogue.Policy> policies,
        IReadOnlyList<DemoCatalogue.Project> projects,
        CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var chains = (await db.IndustryChains.Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        var parkIds = new Dictionary<string, Guid>(StringComparer.Ordinal);

        foreach (var demo in parks)
        {
            var park = Park.Create(RequireChains(demo.ToContent(sanitizer), c => c.Chains, chains), now);
            Publish(db, park, park.Publish(now), tenantId);
            db.Parks.Add(park);
            parkIds[park.Name] = park.Id;
        }

        Guid ParkId(string name) => parkIds.TryGetValue(name, out var id)
            ? id
            : throw new InvalidOperationException($"The demo catalogue names an unknown park '{name}'.");

        foreach (var demo in policies)
        {
            var policy = IncentivePolicy.Create(RequireChains(demo.ToContent(sanitizer, ParkId), c => c.Chains, chains), now);
            Publish(db, policy, policy.Publish(now), tenantId);
            db.Policies.Add(policy);
        }

        foreach (var demo in projects)
        {
            var project = InvestmentProject.Create(RequireChains(demo.ToContent(sanitizer, ParkId), c => [c.Chain], chains), now);
            Publish(db, project, project.Publish(now), tenantId);
            db.Projects.Add(project);
        }

        await db.SaveChangesAsync(cancellationToken);
        return parks.Count + policies.Count + projects.Count;
    }

    private static void Publish<TContent>(CatalogueDbContext db, CatalogueItem<TContent> item, bool published, Guid tenantId)
        where TContent : class
    {
        db.AddIntegrationEvent(new CatalogueItemCreated(item.Kind, item.Id, tenantId));
        if (published)
        {
            db.AddIntegrationEvent(new CatalogueItemPublished(item.Kind, item.Id, tenantId));
        }
    }

    /// <summary>A typo in the demo file must fail the start, not publish an item nobody can find by chain.</summary>
    private static TContent RequireChains<TContent>(TContent content, Func<TContent, IEnumerable<string>> chainsOf, HashSet<string> known)
    {
        var unknown = chainsOf(content).Where(code => !known.Contains(code)).ToList();
        return unknown.Count == 0
            ? content
            : throw new InvalidOperationException($"The demo catalogue uses unknown industry chains: {string.Join(", ", unknown)}.");
    }
}
