using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Search.Elasticsearch;

namespace Portal.Search.Tests.Elasticsearch;

public sealed class SetupTests
{
    [Fact]
    public async Task The_configured_engine_is_the_search_index_and_uses_the_injected_transport()
    {
        var configuration = Configuration(new()
        {
            ["Elasticsearch:Url"] = "http://es.test:9200",
            ["Elasticsearch:IndexPrefix"] = "tenant-portal",
            ["Elasticsearch:ChineseAnalyzer"] = "cjk",
        });
        var invoker = new RecordingRequestInvoker((method, path) => method == "POST" && path == "/tenant-portal-catalogue/_count"
            ? new CannedResponse(200, """{"count":7,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0}}""")
            : new CannedResponse(200, ""));
        var services = new ServiceCollection().AddLogging();

        services.AddElasticsearchSearchIndex(configuration, invoker);
        await using var provider = services.BuildServiceProvider();

        Assert.True(ElasticsearchSearchSetup.IsConfigured(configuration));
        var index = provider.GetRequiredService<ISearchIndex>();
        Assert.IsType<ElasticsearchSearchIndex>(index);
        Assert.Equal(7, await index.CountAsync());
        Assert.Equal("cjk", provider.GetRequiredService<ElasticsearchOptions>().ChineseAnalyzer);
    }

    [Theory]
    [InlineData("Url", "not a url", "Elasticsearch:Url")]
    [InlineData("Url", "ftp://es.test", "Elasticsearch:Url")]
    [InlineData("Url", "https://admin:hunter2@es.test:9200", "must not carry credentials")]
    [InlineData("IndexPrefix", "Portal", "Elasticsearch:IndexPrefix")]
    [InlineData("IndexPrefix", "_portal", "Elasticsearch:IndexPrefix")]
    [InlineData("ChineseAnalyzer", " ", "Elasticsearch:ChineseAnalyzer")]
    [InlineData("Username", "portal", "Elasticsearch:Password")]
    public void A_bad_setting_stops_start_up_with_a_message_naming_it_and_no_secret(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?> { ["Elasticsearch:Url"] = "http://es.test:9200", [$"Elasticsearch:{key}"] = value };

        var exception = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddElasticsearchSearchIndex(Configuration(settings)));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_url_the_engine_is_not_configured()
    {
        Assert.False(ElasticsearchSearchSetup.IsConfigured(Configuration(new() { ["Elasticsearch:IndexPrefix"] = "portal" })));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
