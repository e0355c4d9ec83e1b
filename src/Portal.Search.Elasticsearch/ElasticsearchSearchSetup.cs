using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.Search.Elasticsearch;

/// <summary>
/// Registers the Elasticsearch engine as the <see cref="ISearchIndex"/> when <c>Elasticsearch:Url</c> is set
/// (the host keeps Lucene otherwise), with the index created on start and a readiness health check.
/// </summary>
public static class ElasticsearchSearchSetup
{
    public const string UrlKey = $"{ElasticsearchOptions.SectionName}:Url";

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[UrlKey]);

    /// <param name="requestInvoker">
    /// Replaces the HTTP transport, for tests (Elastic.Transport's <c>InMemoryRequestInvoker</c> or a recording one); null in production.
    /// </param>
    public static IServiceCollection AddElasticsearchSearchIndex(
        this IServiceCollection services,
        IConfiguration configuration,
        IRequestInvoker? requestInvoker = null)
    {
        var options = new ElasticsearchOptions();
        configuration.GetSection(ElasticsearchOptions.SectionName).Bind(options);
        options.Validate();

        services.AddSingleton(options);
        services.AddSingleton(_ => new ElasticsearchClient(CreateClientSettings(options, requestInvoker)));
        services.AddSingleton<ElasticsearchSearchIndex>(provider => new ElasticsearchSearchIndex(
            provider.GetRequiredService<ElasticsearchClient>(),
            options,
            provider.GetService<TimeProvider>() ?? TimeProvider.System,
            provider.GetRequiredService<ILogger<ElasticsearchSearchIndex>>()));
        services.AddSingleton<ISearchIndex>(provider => provider.GetRequiredService<ElasticsearchSearchIndex>());
        services.AddHostedService<ElasticsearchIndexStartup>();
        services.AddHealthChecks().AddCheck<ElasticsearchHealthCheck>("elasticsearch", tags: ["ready"]);
        return services;
    }

    /// <summary>Client settings from the options: nodes, credentials, timeout. Public for tests that bring their own transport.</summary>
    public static ElasticsearchClientSettings CreateClientSettings(ElasticsearchOptions options, IRequestInvoker? requestInvoker = null)
    {
        var nodes = options.NodeUris();
        NodePool pool = nodes.Count == 1 ? new SingleNodePool(nodes[0]) : new StaticNodePool(nodes.Select(uri => new Node(uri)));
        var settings = requestInvoker is null
            ? new ElasticsearchClientSettings(pool)
            : new ElasticsearchClientSettings(pool, requestInvoker);
        if (!string.IsNullOrWhiteSpace(options.ApiKey))
        {
            settings.Authentication(new ApiKey(options.ApiKey));
        }
        else if (!string.IsNullOrWhiteSpace(options.Username))
        {
            settings.Authentication(new BasicAuthentication(options.Username, options.Password ?? ""));
        }

        settings.RequestTimeout(options.RequestTimeout);
        return settings;
    }
}

/// <summary>
/// Creates the catalogue index on start when the cluster has none. A cluster that is down does not stop
/// the portal from starting: the index is then created on first use, and readiness reports the outage.
/// </summary>
internal sealed class ElasticsearchIndexStartup(ElasticsearchSearchIndex index, ILogger<ElasticsearchIndexStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await index.EnsureIndexAsync(cancellationToken);
        }
        catch (ElasticsearchSearchException exception)
        {
            logger.LogWarning("The catalogue index could not be prepared on start; retrying on first use: {Reason}", exception.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

internal sealed class ElasticsearchHealthCheck(ElasticsearchSearchIndex index) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var count = await index.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"Elasticsearch answers; {count} catalogue documents");
        }
        catch (ElasticsearchSearchException exception)
        {
            return HealthCheckResult.Unhealthy("Elasticsearch does not answer", exception);
        }
    }
}
