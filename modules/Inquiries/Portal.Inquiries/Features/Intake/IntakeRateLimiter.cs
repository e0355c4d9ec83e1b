using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.BuildingBlocks.Caching;
using StackExchange.Redis;

namespace Portal.Inquiries.Features.Intake;

/// <summary>
/// A fixed-window limit of submissions per client address: in Redis when it is configured (so every node
/// counts together), in this process when it is not or does not answer (a Redis outage must not stop the
/// form). A retry with an Idempotency-Key already counted in the window is not a new submission.
/// </summary>
internal sealed class IntakeRateLimiter(
    IServiceProvider services,
    IOptions<IntakeOptions> options,
    TimeProvider clock,
    ILogger<IntakeRateLimiter> logger)
{
    private readonly IConnectionMultiplexer? _redis = services.GetService<IConnectionMultiplexer>();
    private readonly RedisKeyPrefix? _prefix = services.GetService<RedisKeyPrefix>();
    private readonly ConcurrentDictionary<string, LocalWindow> _local = new(StringComparer.Ordinal);

    /// <summary>Null when the submission may go ahead; otherwise how long to wait.</summary>
    public async Task<TimeSpan?> TryAcquireAsync(string client, string? idempotencyKey)
    {
        var window = options.Value.RateLimitWindow;
        var now = clock.GetUtcNow();
        var index = now.ToUnixTimeMilliseconds() / (long)window.TotalMilliseconds;
        var windowEnd = DateTimeOffset.FromUnixTimeMilliseconds((index + 1) * (long)window.TotalMilliseconds);
        var retryAfter = windowEnd - now;
        if (_redis is not null && _prefix is not null)
        {
            try
            {
                return await AcquireInRedisAsync(client, idempotencyKey, index, window) ? null : retryAfter;
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
            {
                logger.LogWarning(exception, "Redis did not answer; counting inquiry submissions in this process");
            }
        }

        return AcquireLocally(client, idempotencyKey, index) ? null : retryAfter;
    }

    private async Task<bool> AcquireInRedisAsync(string client, string? idempotencyKey, long index, TimeSpan window)
    {
        var database = _redis!.GetDatabase();
        var counter = _prefix!.For($"inquiries:intake:{client}:{index}");
        var expiry = window + TimeSpan.FromMinutes(1);
        if (idempotencyKey is not null)
        {
            var seen = _prefix.For($"inquiries:intake-keys:{client}:{index}");
            var added = await database.SetAddAsync(seen, idempotencyKey);
            await database.KeyExpireAsync(seen, expiry);
            if (!added)
            {
                return true;
            }
        }

        var count = await database.StringIncrementAsync(counter);
        if (count == 1)
        {
            await database.KeyExpireAsync(counter, expiry);
        }

        return count <= options.Value.RateLimit;
    }

    private bool AcquireLocally(string client, string? idempotencyKey, long index)
    {
        if (_local.Count > 10_000)
        {
            // Forget past windows so that many distinct addresses cannot grow the map without bound.
            foreach (var stale in _local.Where(pair => pair.Value.Index != index).Select(pair => pair.Key).ToList())
            {
                _local.TryRemove(stale, out _);
            }
        }

        var entry = _local.AddOrUpdate(client, _ => new LocalWindow(index), (_, existing) => existing.Index == index ? existing : new LocalWindow(index));
        lock (entry)
        {
            if (idempotencyKey is not null && !entry.Keys.Add(idempotencyKey))
            {
                return true;
            }

            entry.Count++;
            return entry.Count <= options.Value.RateLimit;
        }
    }

    private sealed class LocalWindow(long index)
    {
        public long Index { get; } = index;

        public int Count { get; set; }

        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
    }
}
