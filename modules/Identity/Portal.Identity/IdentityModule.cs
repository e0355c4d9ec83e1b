using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Modules;
using Portal.BuildingBlocks.Outbox;
using Portal.BuildingBlocks.Persistence;
using Portal.Identity.Clients;
using Portal.Identity.Contracts;
using Portal.Identity.Features.CreateClient;
using Portal.Identity.Features.DeleteClient;
using Portal.Identity.Features.GetClient;
using Portal.Identity.Features.IssueToken;
using Portal.Identity.Features.ListClients;
using Portal.Identity.Persistence;
using Portal.Identity.Security;
using Portal.Identity.Seeding;

namespace Portal.Identity;

/// <summary>
/// Users, roles, permissions, machine clients and the OpenID Connect server. It owns the portal's
/// authentication (bearer tokens for APIs, the cookie for the back office) and one authorization policy
/// per permission, which every other module's endpoints name.
/// </summary>
public sealed class IdentityModule : IModule
{
    public string Name => IdentityModuleDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<IdentityModuleDbContext, SqliteIdentityDbContext, PostgresIdentityDbContext>(configuration, Name);
        services.AddPortalAuthentication(configuration);
        services.AddPermissionPolicies();
        Oidc.OidcServer.AddPortalOidc(services, configuration);
        services.AddScoped<ClientRegistry>();
        services.AddScoped<Contracts.Administration.IClientAdministration, ClientAdministration>();
        services.AddMemoryCache();
        services.AddSingleton<SecurityEventAudit>();
        services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, SecurityEventStartupFilter>();
        services.AddSingleton<IDataSeeder, HostAdminSeeder>();
        services.AddSingleton<IDataSeeder, BootstrapClientSeeder>();
        services.AddOutboxDispatcher<IdentityModuleDbContext>();
        Users.UserManagementSetup.AddUserManagement(services, configuration);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        TokenEndpoint.Map(endpoints);
        Oidc.OidcServer.MapPortalOidc(endpoints);
        Users.UserManagementSetup.MapUserManagement(endpoints);

        var clients = endpoints.MapGroup("/api/admin/clients")
            .RequireAuthorization(Permissions.ClientsManage)
            .WithTags("Clients");
        ListClientsEndpoint.Map(clients);
        GetClientEndpoint.Map(clients);
        CreateClientEndpoint.Map(clients);
        DeleteClientEndpoint.Map(clients);
    }
}
