using System.ComponentModel;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Portal.Catalogue.Contracts;
using Portal.Tenancy.Contracts;

namespace Portal.CatalogueSearch.Features.Search;

/// <summary>
/// The codes a search may filter on: open prefectures (Tenancy's cached directory) and chain codes (cached
/// here; the catalogue is asked in a scope of its own on a miss only).
/// </summary>
internal sealed class SearchReferenceData(ITenancyModule tenancy, IServiceScopeFactory scopes, HybridCache cache)
{
    private static readonly HybridCacheEntryOptions ChainCaching = new()
    {
        Expiration = TimeSpan.FromMinutes(1),
        LocalCacheExpiration = TimeSpan.FromMinutes(1),
    };

    public async Task<IReadOnlyDictionary<string, PrefectureDto>> PrefecturesAsync(CancellationToken cancellationToken) =>
        (await tenancy.ListActivePrefecturesAsync(cancellationToken)).ToDictionary(p => p.Slug, StringComparer.Ordinal);

    public async Task<IReadOnlyList<string>> ChainCodesAsync(CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(
            "search:chain-codes:v2",
            async token =>
            {
                await using var scope = scopes.CreateAsyncScope();
                var catalogue = scope.ServiceProvider.GetRequiredService<ICatalogueModule>();
                return new ChainCodes([.. (await catalogue.ListIndustryChainsAsync(token)).Select(c => c.Code)]);
            },
            ChainCaching,
            cancellationToken: cancellationToken)).Codes;
}

/// <summary>Immutable, so HybridCache hands out the cached instance instead of a copy per search.</summary>
[ImmutableObject(true)]
internal sealed record ChainCodes(string[] Codes);
