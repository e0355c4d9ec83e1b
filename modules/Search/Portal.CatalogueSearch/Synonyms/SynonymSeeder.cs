using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Modules;
using Portal.CatalogueSearch.Persistence;
using Portal.Search.Chinese;

namespace Portal.CatalogueSearch.Synonyms;

/// <summary>Puts the seed synonym list in place the first time only; the host's edits (even an empty list) stay.</summary>
internal sealed class SynonymSeeder(IServiceScopeFactory scopes, TimeProvider clock) : IDataSeeder
{
    public int Order => 60;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SearchDbContext>();
        if (await db.SynonymLists.AnyAsync(s => s.Id == SynonymList.CatalogueList, cancellationToken))
        {
            return;
        }

        db.SynonymLists.Add(SynonymList.Create(DefaultSynonyms.Groups, clock.GetUtcNow(), "seed"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node seeded it at the same moment.
        }
    }
}
