using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Tenancy.Contracts;
using Portal.Tenancy.Persistence;

namespace Portal.Tenancy.Directory;

/// <summary>
/// Every prefecture, read once and cached as one small snapshot (there are 16, a few dozen at most),
/// so that resolving the tenant of a request costs no database round trip and unknown slugs cannot
/// fill the cache. Writers call <see cref="InvalidateAsync"/>; other nodes catch up within the local
/// cache lifetime.
/// </summary>
internal sealed class TenantDirectory(HybridCache cache, IServiceScopeFactory scopes) : ITenantStore, ITenancyModule
{
    private const string CacheKey = "tenancy:directory:v2";

    public async Task<IReadOnlyList<PrefectureDto>> ListAllAsync(CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync(CacheKey, LoadAsync, cancellationToken: cancellationToken)).All;

    public async Task<IReadOnlyList<PrefectureDto>> ListActivePrefecturesAsync(CancellationToken cancellationToken = default) =>
        [.. (await ListAllAsync(cancellationToken)).Where(p => p.IsActive)];

    public async Task<PrefectureDto?> FindActivePrefectureAsync(string slug, CancellationToken cancellationToken = default) =>
        (await ListAllAsync(cancellationToken)).FirstOrDefault(p => p.IsActive && p.Slug == slug);

    public async Task<TenantInfo?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        ToInfo((await ListAllAsync(cancellationToken)).FirstOrDefault(p => p.Slug == slug));

    public async Task<TenantInfo?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default) =>
        ToInfo((await ListAllAsync(cancellationToken)).FirstOrDefault(p => p.Id == id));

    public ValueTask InvalidateAsync(CancellationToken cancellationToken = default) => cache.RemoveAsync(CacheKey, cancellationToken);

    private async ValueTask<DirectorySnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenancyDbContext>();
        var tenants = await db.Tenants.AsNoTracking()
            .Select(t => new PrefectureDto(t.Id, t.Slug, t.Code, t.Name, t.NameEn, t.IsActive))
            .ToListAsync(cancellationToken);
        return new DirectorySnapshot([.. tenants.OrderBy(t => t.Code, StringComparer.Ordinal)]);
    }

    private static TenantInfo? ToInfo(PrefectureDto? prefecture) => prefecture is null
        ? null
        : new TenantInfo(prefecture.Id, prefecture.Slug, prefecture.Code, prefecture.Name, prefecture.NameEn, prefecture.IsActive);
}

/// <summary>
/// The cached directory. Marked immutable so that HybridCache hands out the cached instance: an array
/// would be deserialized afresh on every hit, and every request resolves its tenant here.
/// </summary>
[ImmutableObject(true)]
internal sealed record DirectorySnapshot(PrefectureDto[] All);
