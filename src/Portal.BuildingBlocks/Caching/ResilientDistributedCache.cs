using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Portal.BuildingBlocks.Caching;

/// <summary>
/// Redis behind HybridCache, with an outage turned into cache misses: a read that fails is a miss, a
/// write or removal that fails is skipped. HybridCache already drops its local copy on removal, so this
/// node stays right; other nodes may serve their copy until it expires. Without this, a removal during
/// an outage would fail the request that changed the data after the data was saved.
/// </summary>
internal sealed partial class ResilientDistributedCache(IDistributedCache inner, ILogger<ResilientDistributedCache> logger) : IDistributedCache
{
    public byte[]? Get(string key) => Try(() => inner.Get(key), key);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => TryAsync(() => inner.GetAsync(key, token), key);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Try(() => { inner.Set(key, value, options); return true; }, key);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        TryAsync(async () => { await inner.SetAsync(key, value, options, token); return true; }, key);

    public void Refresh(string key) => Try(() => { inner.Refresh(key); return true; }, key);

    public Task RefreshAsync(string key, CancellationToken token = default) => TryAsync(async () => { await inner.RefreshAsync(key, token); return true; }, key);

    public void Remove(string key) => Try(() => { inner.Remove(key); return true; }, key);

    public Task RemoveAsync(string key, CancellationToken token = default) => TryAsync(async () => { await inner.RemoveAsync(key, token); return true; }, key);

    private T? Try<T>(Func<T> action, string key)
    {
        try
        {
            return action();
        }
        catch (Exception exception) when (IsOutage(exception))
        {
            LogOutage(logger, key, exception.Message);
            return default;
        }
    }

    private async Task<T?> TryAsync<T>(Func<Task<T>> action, string key)
    {
        try
        {
            return await action();
        }
        catch (Exception exception) when (IsOutage(exception))
        {
            LogOutage(logger, key, exception.Message);
            return default;
        }
    }

    private static bool IsOutage(Exception exception) => exception is RedisException or TimeoutException;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis cache unavailable for {Key}; treated as a miss: {Reason}")]
    private static partial void LogOutage(ILogger logger, string key, string reason);
}
