using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.Search;

namespace Portal.CatalogueSearch.Engine;

/// <summary>Ready only while the search index answers (the Lucene directory opens, the Elasticsearch cluster replies).</summary>
internal sealed class SearchIndexHealthCheck(ISearchIndex index) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            var count = await index.CountAsync(timeout.Token);
            return HealthCheckResult.Healthy($"The search index answers ({count} documents)");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The search index does not answer", exception);
        }
    }
}
