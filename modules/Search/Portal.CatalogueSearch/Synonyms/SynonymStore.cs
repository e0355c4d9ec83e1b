using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Portal.CatalogueSearch.Caching;
using Portal.CatalogueSearch.Persistence;

namespace Portal.CatalogueSearch.Synonyms;

/// <summary>
/// The host's synonym list: kept in the module's database, read through the cache on every search.
/// The cache key carries the search cache generation, which a change bumps, so every node reads the
/// new list at once. A singleton that opens a database scope only on a miss or a change: searches
/// would otherwise build a DbContext each for nothing.
/// </summary>
internal sealed class SynonymStore(IServiceScopeFactory scopes, HybridCache cache, ISearchCacheGeneration generation, TimeProvider clock)
{
    public async Task<IReadOnlyList<IReadOnlyList<string>>> GroupsAsync(CancellationToken cancellationToken)
    {
        if (await generation.CurrentAsync(cancellationToken) is not { } current)
        {
            return await LoadAsync(cancellationToken);
        }

        var cached = await cache.GetOrCreateAsync(
            $"search:synonyms:v2:{current}",
            async token => new CachedSynonyms([.. (await LoadAsync(token)).Select(g => g.ToArray())]),
            new HybridCacheEntryOptions { Expiration = SearchCacheSettings.Expiration, LocalCacheExpiration = SearchCacheSettings.LocalExpiration },
            cancellationToken: cancellationToken);
        return cached.Groups;
    }

    /// <summary>Replaces the list (already validated) and invalidates every cached search.</summary>
    public async Task ReplaceAsync(IReadOnlyList<IReadOnlyList<string>> groups, string? by, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SearchDbContext>();
        var list = await db.SynonymLists.SingleOrDefaultAsync(s => s.Id == SynonymList.CatalogueList, cancellationToken);
        if (list is null)
        {
            db.SynonymLists.Add(SynonymList.Create(groups, clock.GetUtcNow(), by));
        }
        else
        {
            list.Replace(groups, clock.GetUtcNow(), by);
        }

        await db.SaveChangesAsync(cancellationToken);
        await generation.BumpAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<IReadOnlyList<string>>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SearchDbContext>();
        var list = await db.SynonymLists.AsNoTracking().SingleOrDefaultAsync(s => s.Id == SynonymList.CatalogueList, cancellationToken);
        return list?.Groups ?? [];
    }
}

/// <summary>Immutable, so HybridCache hands out the cached instance instead of a copy per search.</summary>
[ImmutableObject(true)]
internal sealed record CachedSynonyms(string[][] Groups);
