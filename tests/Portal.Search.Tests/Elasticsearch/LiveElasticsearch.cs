using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Search.Elasticsearch;

namespace Portal.Search.Tests.Elasticsearch;

/// <summary>
/// A test against a real cluster. It runs when <c>PORTAL_TEST_ELASTICSEARCH_URL</c> is set and is skipped
/// otherwise, also under <c>PORTAL_REQUIRE_SERVICES=1</c>: Elasticsearch is optional for this portal, so its
/// absence is never a failure (the in-memory transport tests always run).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ElasticsearchFactAttribute : FactAttribute
{
    public ElasticsearchFactAttribute() => Skip = LiveElasticsearch.SkipReason;
}

[AttributeUsage(AttributeTargets.Method)]
public sealed class ElasticsearchTheoryAttribute : TheoryAttribute
{
    public ElasticsearchTheoryAttribute() => Skip = LiveElasticsearch.SkipReason;
}

/// <summary>
/// Engines on the cluster named by the environment, each under its own index prefix so that tests (and
/// test runs) never see each other's documents; <see cref="DeleteAsync"/> removes every index of the prefix.
/// </summary>
internal static class LiveElasticsearch
{
    public const string UrlVariable = "PORTAL_TEST_ELASTICSEARCH_URL";

    public static string? Url => Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } url ? url : null;

    public static string? SkipReason => Url is null ? $"{UrlVariable} is not set: no Elasticsearch cluster to test against." : null;

    public static ElasticsearchSearchIndex Create()
    {
        var options = new ElasticsearchOptions
        {
            Url = Url ?? throw new InvalidOperationException($"{UrlVariable} is not set."),
            Username = Environment.GetEnvironmentVariable("PORTAL_TEST_ELASTICSEARCH_USERNAME"),
            Password = Environment.GetEnvironmentVariable("PORTAL_TEST_ELASTICSEARCH_PASSWORD"),
            ApiKey = Environment.GetEnvironmentVariable("PORTAL_TEST_ELASTICSEARCH_API_KEY"),

            // smartcn needs the analysis-smartcn plugin; PORTAL_TEST_ELASTICSEARCH_ANALYZER=cjk tests a cluster without it.
            ChineseAnalyzer = Environment.GetEnvironmentVariable("PORTAL_TEST_ELASTICSEARCH_ANALYZER") is { Length: > 0 } analyzer
                ? analyzer
                : ElasticsearchOptions.SmartCnAnalyzer,
            IndexPrefix = $"portal-test-{Guid.NewGuid():N}",
            NumberOfReplicas = 0,
        };
        options.Validate();
        var client = new ElasticsearchClient(ElasticsearchSearchSetup.CreateClientSettings(options));
        return new ElasticsearchSearchIndex(client, options, TimeProvider.System, NullLogger<ElasticsearchSearchIndex>.Instance);
    }

    /// <summary>Deletes every index of the engine's prefix (by name: clusters refuse wildcard deletes by default).</summary>
    public static async Task DeleteAsync(ISearchIndex index)
    {
        var engine = (ElasticsearchSearchIndex)index;
        var client = engine.Client;
        var found = await client.Indices.GetAsync(new GetIndexRequest($"{engine.Alias}*") { AllowNoIndices = true, IgnoreUnavailable = true });
        var names = found.Indices?.Keys.ToList() ?? [];
        if (names.Count > 0)
        {
            var deleted = await client.Indices.DeleteAsync(new DeleteIndexRequest(string.Join(',', names)));
            Assert.True(deleted.IsValidResponse, $"could not delete the test indices {string.Join(',', names)}");
        }
    }
}
