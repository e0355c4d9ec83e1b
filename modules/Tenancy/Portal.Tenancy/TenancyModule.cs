using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Modules;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Outbox;
using Portal.BuildingBlocks.Persistence;
using Portal.Identity.Contracts;
using Portal.Tenancy.Contracts;
using Portal.Tenancy.Directory;
using Portal.Tenancy.Features.CreateTenant;
using Portal.Tenancy.Features.GetCurrentPrefecture;
using Portal.Tenancy.Features.GetTenant;
using Portal.Tenancy.Features.ListPrefectures;
using Portal.Tenancy.Features.ListTenants;
using Portal.Tenancy.Features.UpdateTenant;
using Portal.Tenancy.Persistence;
using Portal.Tenancy.Seeding;

namespace Portal.Tenancy;

/// <summary>Prefectures (the tenants): the host creates, renames and disables them; everyone can list the active ones.</summary>
public sealed class TenancyModule : IModule
{
    public string Name => TenancyDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<TenancyDbContext, SqliteTenancyDbContext, PostgresTenancyDbContext>(configuration, Name);
        services.AddOutboxDispatcher<TenancyDbContext>();
        services.AddSingleton<TenantDirectory>();
        services.AddSingleton<ITenantStore>(provider => provider.GetRequiredService<TenantDirectory>());
        services.AddSingleton<ITenancyModule>(provider => provider.GetRequiredService<TenantDirectory>());
        services.AddSingleton<IDataSeeder, PrefectureSeeder>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        ListPrefecturesEndpoint.Map(endpoints);
        GetCurrentPrefectureEndpoint.Map(endpoints);

        var tenants = endpoints.MapGroup("/api/admin/tenants")
            .RequireAuthorization(Permissions.TenantsManage)
            .WithTags("Tenants");
        ListTenantsEndpoint.Map(tenants);
        GetTenantEndpoint.Map(tenants);
        CreateTenantEndpoint.Map(tenants);
        UpdateTenantEndpoint.Map(tenants);
    }
}
