using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Portal.BuildingBlocks.Caching;

/// <summary>
/// Redis when <c>Redis:Configuration</c> is set (shared cache, rate limits, locks across nodes);
/// otherwise everything stays in-process. HybridCache keeps a local copy either way, so a Redis
/// outage slows the portal down instead of taking it down.
/// </summary>
public static class RedisSetup
{
    public const string ConfigurationKey = "Redis:Configuration";

    /// <summary>Prefix of every key the portal writes, so that several portals (or test runs) can share one Redis.</summary>
    public const string InstanceNameKey = "Redis:InstanceName";

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[ConfigurationKey]);

    public static IServiceCollection AddPortalCaching(this IServiceCollection services, IConfiguration configuration)
    {
        if (IsConfigured(configuration))
        {
            var options = ConfigurationOptions.Parse(configuration[ConfigurationKey]!);
            options.AbortOnConnectFail = false; // start even when Redis is down; reconnect in the background
            options.ConnectTimeout = 2000;
            options.SyncTimeout = 2000;
            services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
            var instanceName = configuration[InstanceNameKey] is { Length: > 0 } name ? name : "portal:";
            services.AddSingleton(new RedisKeyPrefix(instanceName));
            services.AddStackExchangeRedisCache(cache => cache.InstanceName = instanceName);
            services.AddSingleton<IDistributedCache>(provider => new ResilientDistributedCache(
                new RedisCache(provider.GetRequiredService<IOptions<RedisCacheOptions>>()),
                provider.GetRequiredService<ILogger<ResilientDistributedCache>>()));

            // One multiplexer per process, shared by the cache, rate limits and locks.
            services.AddOptions<RedisCacheOptions>().Configure<IServiceProvider>((cache, provider) =>
                cache.ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>()));
            services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        }

        services.AddHybridCache(cache => cache.DefaultEntryOptions = new()
        {
            Expiration = TimeSpan.FromMinutes(5),
            LocalCacheExpiration = TimeSpan.FromSeconds(30),
        });
        return services;
    }
}

/// <summary>The prefix for keys written directly with StackExchange.Redis (rate limits, locks); registered only with Redis.</summary>
public sealed record RedisKeyPrefix(string Value)
{
    public string For(string key) => Value + key;
}

internal sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:0.#} ms");
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer", exception);
        }
    }
}
