using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Modules;
using Portal.BuildingBlocks.Outbox;
using Portal.BuildingBlocks.Persistence;
using Portal.Catalogue.Contracts;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Features;
using Portal.Catalogue.Features.ArchiveItem;
using Portal.Catalogue.Features.CreatePark;
using Portal.Catalogue.Features.CreatePolicy;
using Portal.Catalogue.Features.CreateProject;
using Portal.Catalogue.Features.DeleteItem;
using Portal.Catalogue.Features.GetPark;
using Portal.Catalogue.Features.GetPolicy;
using Portal.Catalogue.Features.GetProject;
using Portal.Catalogue.Features.GetPublishedPark;
using Portal.Catalogue.Features.GetPublishedPolicy;
using Portal.Catalogue.Features.GetPublishedProject;
using Portal.Catalogue.Features.ListIndustryChains;
using Portal.Catalogue.Features.ListParks;
using Portal.Catalogue.Features.ListPolicies;
using Portal.Catalogue.Features.ListProjects;
using Portal.Catalogue.Features.Parks;
using Portal.Catalogue.Features.PublishItem;
using Portal.Catalogue.Features.UnpublishItem;
using Portal.Catalogue.Features.UpdatePark;
using Portal.Catalogue.Features.UpdatePolicy;
using Portal.Catalogue.Features.UpdateProject;
using Portal.Catalogue.Media.Features;
using Portal.Catalogue.Persistence;
using Portal.Catalogue.Published;
using Portal.Catalogue.Seeding;
using Portal.Identity.Contracts;
using Portal.Tenancy.Contracts;

namespace Portal.Catalogue;

/// <summary>
/// Parks, incentive policies and investment projects that each prefecture publishes, and the shared
/// industry-chain taxonomy. Prefectures edit drafts and publish them; the public reads what is published.
/// </summary>
public sealed class CatalogueModule : IModule
{
    public string Name => CatalogueDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CatalogueDbContext, SqliteCatalogueDbContext, PostgresCatalogueDbContext>(configuration, Name);
        services.AddOutboxDispatcher<CatalogueDbContext>();
        services.AddSingleton<RichTextSanitizer>();
        services.AddScoped<PublishedCatalogue>();
        services.AddScoped<ICatalogueModule>(provider => provider.GetRequiredService<PublishedCatalogue>());
        services.AddScoped<ICatalogueMatching, Matching.CatalogueMatching>();
        services.AddScoped<IPublishedItemCounter, PublishedItemCounter>();
        services.AddSingleton<IDataSeeder, IndustryChainSeeder>();
        services.AddSingleton<IDataSeeder, DemoCatalogueSeeder>();
        services.AddCatalogueMedia();
        Administration.AdministrationSetup.AddCatalogueAdministration(services);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        ListIndustryChainsEndpoint.Map(endpoints);
        GetPublishedParkEndpoint.Map(endpoints);
        GetPublishedPolicyEndpoint.Map(endpoints);
        GetPublishedProjectEndpoint.Map(endpoints);

        var parks = AdminGroup(endpoints, "/api/admin/parks", "Parks");
        ListParksEndpoint.Map(parks);
        GetParkEndpoint.Map(parks);
        CreateParkEndpoint.Map(parks);
        UpdateParkEndpoint.Map(parks);
        MapPublishing<Park, ParkContent>(parks, ParkUsage.DeletionBlockersAsync);

        var policies = AdminGroup(endpoints, "/api/admin/policies", "Policies");
        ListPoliciesEndpoint.Map(policies);
        GetPolicyEndpoint.Map(policies);
        CreatePolicyEndpoint.Map(policies);
        UpdatePolicyEndpoint.Map(policies);
        MapPublishing<IncentivePolicy, PolicyContent>(policies);

        var projects = AdminGroup(endpoints, "/api/admin/projects", "Projects");
        ListProjectsEndpoint.Map(projects);
        GetProjectEndpoint.Map(projects);
        CreateProjectEndpoint.Map(projects);
        UpdateProjectEndpoint.Map(projects);
        MapPublishing<InvestmentProject, ProjectContent>(projects);
        endpoints.MapCatalogueMedia();
        ImportExport.CatalogueImportExport.Map(parks, policies, projects);
    }

    /// <summary>A prefecture's admin routes: the catalogue permission, and a prefecture to work in.</summary>
    private static RouteGroupBuilder AdminGroup(IEndpointRouteBuilder endpoints, string prefix, string tag) => endpoints
        .MapGroup(prefix)
        .RequireAuthorization(Permissions.CatalogueManage)
        .AddEndpointFilter<PrefectureRequiredFilter>()
        .WithTags(tag);

    private static void MapPublishing<TItem, TContent>(
        RouteGroupBuilder items,
        Func<CatalogueDbContext, TItem, CancellationToken, Task<IEnumerable<Domain.Rules.IBusinessRule>>>? deletionBlockers = null)
        where TItem : CatalogueItem<TContent>
        where TContent : class
    {
        PublishItemEndpoint.Map<TItem, TContent>(items);
        UnpublishItemEndpoint.Map<TItem, TContent>(items);
        ArchiveItemEndpoint.Map<TItem, TContent>(items);
        DeleteItemEndpoint.Map<TItem, TContent>(items, deletionBlockers);
    }
}
