using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.BuildingBlocks;
using Portal.Search.Elasticsearch;
using Portal.Search.Lucene;

namespace Portal.CatalogueSearch.Engine;

/// <summary>
/// Picks the engine behind <see cref="Portal.Search.ISearchIndex"/>: Elasticsearch when
/// <c>Elasticsearch:Url</c> is set (its setup brings its own readiness check), otherwise the embedded
/// Lucene index under <c>{Portal:DataPath}/search</c>, checked by <see cref="SearchIndexHealthCheck"/>.
/// </summary>
internal static class SearchEngineSetup
{
    public const string IndexFolder = "search";

    public static void AddSearchEngine(IServiceCollection services, IConfiguration configuration)
    {
        if (ElasticsearchSearchSetup.IsConfigured(configuration))
        {
            services.AddElasticsearchSearchIndex(configuration);
            return;
        }

        services.AddLuceneSearchIndex(_ => { });
        services.AddOptions<LuceneSearchOptions>()
            .Configure(lucene =>
            {
                lucene.MatchCacheDocuments = configuration.GetValue("Search:Lucene:MatchCacheDocuments", LuceneSearchOptions.DefaultMatchCacheDocuments);
                lucene.MaxConcurrentSearches = configuration.GetValue("Search:Lucene:MaxConcurrentSearches", 0);
            })
            .Configure<IOptions<PortalOptions>>((lucene, portal) => lucene.IndexPath = Path.Combine(portal.Value.FullDataPath, IndexFolder));
        services.AddHealthChecks().AddCheck<SearchIndexHealthCheck>("search-index", tags: ["ready"]);
    }
}
