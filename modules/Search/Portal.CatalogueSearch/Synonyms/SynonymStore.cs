using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Portal.Audit.Contracts;
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
    public const string AuditAction = "search.synonyms-replaced";

    public const string AuditEntityType = "synonym-list";

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

    /// <summary>
    /// Replaces the list (already validated), records in the audit log who changed it from what to what (in the
    /// same transaction, through the outbox), and invalidates every cached search.
    /// </summary>
    public async Task ReplaceAsync(IReadOnlyList<IReadOnlyList<string>> groups, HttpContext? caller, string? by, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SearchDbContext>();
        var list = await db.SynonymLists.SingleOrDefaultAsync(s => s.Id == SynonymList.CatalogueList, cancellationToken);
        var before = list?.Groups ?? [];
        if (list is null)
        {
            db.SynonymLists.Add(SynonymList.Create(groups, clock.GetUtcNow(), by));
        }
        else
        {
            list.Replace(groups, clock.GetUtcNow(), by);
        }

        if (caller is not null)
        {
            db.AddIntegrationEvent(AuditRecordedFactory.FromHttp(
                caller,
                AuditAction,
                AuditEntityType,
                SynonymList.CatalogueList,
                new AuditChanges().Change("groups", AuditText(before), AuditText(groups))));
        }

        await db.SaveChangesAsync(cancellationToken);
        await generation.BumpAsync(cancellationToken);
    }

    // 锂电池 = 新能源电池; 光伏 = 太阳能: readable in the audit log, and compared to record only a real change.
    private static string AuditText(IEnumerable<IEnumerable<string>> groups) =>
        string.Join("; ", groups.Select(group => string.Join(" = ", group)));

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
