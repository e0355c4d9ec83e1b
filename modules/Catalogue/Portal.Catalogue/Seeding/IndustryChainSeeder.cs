using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.BuildingBlocks.Modules;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Persistence;

namespace Portal.Catalogue.Seeding;

/// <summary>
/// Puts the initial industry chains in place on every start, demo data or not: the catalogue cannot
/// be written without them. Adds only the missing codes; a chain the host renamed stays as renamed.
/// </summary>
internal sealed class IndustryChainSeeder(IServiceScopeFactory scopes, ILogger<IndustryChainSeeder> logger) : IDataSeeder
{
    /// <summary>After the prefectures (100), before the demo catalogue that uses the chains (300).</summary>
    public int Order => 200;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var existing = (await db.IndustryChains.Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var missing = InitialIndustryChains.All.Select((chain, index) => (chain, index)).Where(c => !existing.Contains(c.chain.Code)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var ((code, nameZh, nameEn), index) in missing)
        {
            db.IndustryChains.Add(IndustryChain.Create(code, nameZh, nameEn, (index + 1) * 10));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Added {Count} industry chains to the taxonomy", missing.Count);
        }
        catch (DbUpdateException)
        {
            // Another node starting at the same moment may have seeded them first: fine if they are all there now.
            db.ChangeTracker.Clear();
            if (await db.IndustryChains.CountAsync(CancellationToken.None) < InitialIndustryChains.All.Count)
            {
                throw;
            }
        }
    }
}
