using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.CatalogueSearch.Engine;

internal static class SearchEngineSetup
{
    public static void AddSearchEngine(IServiceCollection services, IConfiguration configuration)
    {
        services.AddHealthChecks().AddCheck<SearchIndexHealthCheck>("search-index", tags: ["ready"]);
        _ = configuration;
    }
}
