using Microsoft.Extensions.Caching.Hybrid;
using Portal.Catalogue.Contracts;
using Portal.Tenancy.Contracts;

namespace Portal.CatalogueSearch.Features.Search;

/// <summary>The codes a search may filter on: open prefectures (Tenancy's cached directory) and chain codes (cached here).</summary>
internal sealed class SearchReferenceData(ITenancyModule tenancy, ICatalogueModule catalogue, HybridCache cache)
{
    private static readonly HybridCacheEntryOptions ChainCaching = new()
    {
        Expiration = TimeSpan.FromMinutes(1),
        LocalCacheExpiration = TimeSpan.FromMinutes(1),
    };

    public async Task<IReadOnlyDictionary<string, PrefectureDto>> PrefecturesAsync(CancellationToken cancellationToken) =>
        (await tenancy.ListActivePrefecturesAsync(cancellationToken)).ToDictionary(p => p.Slug, StringComparer.Ordinal);

    public async Task<IReadOnlyList<string>> ChainCodesAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(
            "search:chain-codes",
            async token => (await catalogue.ListIndustryChainsAsync(token)).Select(c => c.Code).ToArray(),
            ChainCaching,
            cancellationToken: cancellationToken);
}
