using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.BuildingBlocks.Caching;
using Portal.BuildingBlocks.Modules;
using Portal.BuildingBlocks.Outbox;
using Portal.BuildingBlocks.Persistence;
using Portal.Catalogue.Contracts;
using Portal.CatalogueSearch.Administration;
using Portal.CatalogueSearch.Caching;
using Portal.CatalogueSearch.Contracts;
using Portal.CatalogueSearch.Engine;
using Portal.CatalogueSearch.Features.Rebuild;
using Portal.CatalogueSearch.Features.Search;
using Portal.CatalogueSearch.Features.Suggest;
using Portal.CatalogueSearch.Features.Synonyms;
using Portal.CatalogueSearch.Indexing;
using Portal.CatalogueSearch.Persistence;
using Portal.CatalogueSearch.Projection;
using Portal.CatalogueSearch.Rebuild;
using Portal.CatalogueSearch.Synonyms;
using Portal.Identity.Contracts;
using Portal.Tenancy.Contracts;

namespace Portal.CatalogueSearch;

/// <summary>
/// The public full-text search of the catalogue: an index (Lucene embedded, or Elasticsearch) fed by the
/// catalogue's outbox events, rebuilt from the database on demand, queried by <c>GET /api/search</c> and
/// in-process through <see cref="ICatalogueSearch"/>; the host keeps the synonym list.
/// </summary>
public sealed class CatalogueSearchModule : IModule
{
    /// <summary>The command-line verb: <c>dotnet run --project src/Portal.Host -- rebuild-search-index</c>.</summary>
    public const string RebuildCommand = "rebuild-search-index";

    public string Name => SearchDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<SearchDbContext, SqliteSearchDbContext, PostgresSearchDbContext>(configuration, Name);
        services.AddOutboxDispatcher<SearchDbContext>(); // the audit events of synonym changes
        services.AddHttpContextAccessor();
        SearchEngineSetup.AddSearchEngine(services, configuration);

        if (RedisSetup.IsConfigured(configuration))
        {
            services.AddSingleton<ISearchCacheGeneration, RedisSearchCacheGeneration>();
        }
        else
        {
            services.AddSingleton<ISearchCacheGeneration, InProcessSearchCacheGeneration>();
        }

        services.AddScoped<SearchDocumentProjector>();
        services.AddScoped<CatalogueIndexer>();
        services.AddIntegrationEventHandler<CatalogueItemCreated, CatalogueEventHandlers>();
        services.AddIntegrationEventHandler<CatalogueItemUpdated, CatalogueEventHandlers>();
        services.AddIntegrationEventHandler<CatalogueItemPublished, CatalogueEventHandlers>();
        services.AddIntegrationEventHandler<CatalogueItemUnpublished, CatalogueEventHandlers>();
        services.AddIntegrationEventHandler<CatalogueItemArchived, CatalogueEventHandlers>();
        services.AddIntegrationEventHandler<CatalogueItemDeleted, CatalogueEventHandlers>();
        services.AddIntegrationEventHandler<TenantUpdated, TenantUpdatedHandler>();

        services.AddScoped<RebuildRunStore>();
        services.AddSingleton<SearchIndexRebuilder>();
        services.AddSingleton<RebuildLauncher>();
        services.AddHostedService<EmptyIndexAtStartup>();

        services.AddSingleton<SynonymStore>();
        services.AddSingleton<SynonymExpanders>();
        services.AddSingleton<IDataSeeder, SynonymSeeder>();

        services.AddSingleton<SearchReferenceData>();
        services.AddSingleton<RepeatedSearches>();
        services.AddScoped<CatalogueSearchService>();
        services.AddScoped<ICatalogueSearch>(provider => provider.GetRequiredService<CatalogueSearchService>());
        services.AddSingleton<IHybridCacheSerializer<SearchAnswerJson>, SearchAnswerJsonSerializer>();
        services.AddScoped<ISearchIndexAdministration, SearchIndexAdministration>();
        services.TryAddSingleton(TimeProvider.System);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        SearchEndpoint.Map(endpoints);
        SuggestEndpoint.Map(endpoints);

        var admin = endpoints.MapGroup("/api/admin/search")
            .RequireAuthorization(Permissions.SearchManage)
            .WithTags("Search administration");
        RebuildEndpoints.Map(admin);
        SynonymEndpoints.Map(admin);
    }

    /// <summary>
    /// Rebuilds the index in the foreground, printing progress, for the command line. The host has
    /// migrated and seeded the databases first. Exit code 0 on success, 1 on failure or when another
    /// rebuild is running.
    /// </summary>
    public static async Task<int> RunRebuildCommandAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        var rebuilder = services.GetRequiredService<SearchIndexRebuilder>();
        var owner = await rebuilder.TryClaimAsync("command-line", cancellationToken);
        if (owner is null)
        {
            await output.WriteLineAsync("A search index rebuild is already running; see GET /api/admin/search/rebuild.");
            return 1;
        }

        var progress = new Progress<SearchRebuildStatus>(status =>
            output.WriteLine($"Search index rebuild: {status.Done}/{status.Total}"));
        var final = await rebuilder.RunAsync(owner, progress, cancellationToken);
        await output.WriteLineAsync(final.State == SearchRebuildStates.Succeeded
            ? $"Search index rebuilt: {final.Done} items."
            : $"Search index rebuild failed: {final.Error}");
        return final.State == SearchRebuildStates.Succeeded ? 0 : 1;
    }
}
