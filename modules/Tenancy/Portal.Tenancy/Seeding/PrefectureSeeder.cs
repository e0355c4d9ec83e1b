using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.BuildingBlocks;
using Portal.BuildingBlocks.Modules;
using Portal.Tenancy.Contracts;
using Portal.Tenancy.Directory;
using Portal.Tenancy.Domain;
using Portal.Tenancy.Persistence;

namespace Portal.Tenancy.Seeding;

/// <summary>
/// With demo data on, the first start creates the 16 prefectures. Only into an empty table: a
/// prefecture the host later disabled or renamed is never brought back.
/// </summary>
internal sealed class PrefectureSeeder(
    IServiceScopeFactory scopes, IOptions<PortalOptions> options, TimeProvider clock, ILogger<PrefectureSeeder> logger) : IDataSeeder
{
    public int Order => 100;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.DemoData)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenancyDbContext>();
        if (await db.Tenants.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var (slug, code, name, nameEn) in YunnanPrefectures.All)
        {
            var tenant = Tenant.Create(slug, code, name, nameEn, now);
            db.Tenants.Add(tenant);
            db.AddIntegrationEvent(new TenantCreated(tenant.Id, slug, code, name, nameEn, AdminEmail: null));
        }

        await db.SaveChangesAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<TenantDirectory>().InvalidateAsync(cancellationToken);
        logger.LogInformation("Created the {Count} prefectures of Yunnan as demo data", YunnanPrefectures.All.Count);
    }
}
