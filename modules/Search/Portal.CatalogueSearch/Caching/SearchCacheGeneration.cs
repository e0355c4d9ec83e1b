using Microsoft.Extensions.Logging;
using Portal.BuildingBlocks.Caching;
using StackExchange.Redis;

namespace Portal.CatalogueSearch.Caching;

/// <summary>
/// A number that is part of every cached search's key. Publishing, unpublishing, archiving, deleting,
/// a prefecture's change, a rebuild and a synonym change bump it, so every node stops reading the old
/// answers at once, without finding and deleting them (they expire on their own).
/// </summary>
internal interface ISearchCacheGeneration
{
    /// <summary>The current generation, or null when it cannot be known (Redis down): then do not cache.</summary>
    ValueTask<long?> CurrentAsync(CancellationToken cancellationToken);

    Task BumpAsync(CancellationToken cancellationToken);
}

/// <summary>One process, no Redis: the generation is a counter in memory.</summary>
internal sealed class InProcessSearchCacheGeneration : ISearchCacheGeneration
{
    private long _generation;

    public ValueTask<long?> CurrentAsync(CancellationToken cancellationToken) => ValueTask.FromResult<long?>(Interlocked.Read(ref _generation));

    public Task BumpAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _generation);
        return Task.CompletedTask;
    }
}

/// <summary>
/// With Redis the generation is a Redis counter, so all nodes see a bump at once. While Redis is
/// unreachable the search runs uncached rather than risk answering from a generation it cannot check.
/// </summary>
internal sealed partial class RedisSearchCacheGeneration(
    IConnectionMultiplexer redis, RedisKeyPrefix prefix, ILogger<RedisSearchCacheGeneration> logger) : ISearchCacheGeneration
{
    private readonly RedisKey _key = prefix.For("search:generation");

    public async ValueTask<long?> CurrentAsync(CancellationToken cancellationToken)
    {
        if (!redis.IsConnected)
        {
            return null;
        }

        try
        {
            var value = await redis.GetDatabase().StringGetAsync(_key);
            return value.HasValue && long.TryParse(value.ToString(), out var generation) ? generation : 0;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogUnavailable(logger, exception);
            return null;
        }
    }

    public async Task BumpAsync(CancellationToken cancellationToken)
    {
        try
        {
            await redis.GetDatabase().StringIncrementAsync(_key);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // Nothing was cached while Redis was away, and answers cached before expire within
            // SearchCacheSettings.Expiration: the index write that asked for this bump must not fail for it.
            LogBumpFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis does not answer; searching without the cache")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not bump the search cache generation in Redis; cached answers expire on their own")]
    private static partial void LogBumpFailed(ILogger logger, Exception exception);
}

internal static class SearchCacheSettings
{
    /// <summary>Short, because a bump lost while Redis was down is only repaired by expiry.</summary>
    public static readonly TimeSpan Expiration = TimeSpan.FromSeconds(60);

    public static readonly TimeSpan LocalExpiration = TimeSpan.FromSeconds(30);
}
