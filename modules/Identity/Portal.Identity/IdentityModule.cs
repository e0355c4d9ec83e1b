using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Modules;

namespace Portal.Identity;

/// <summary>Users, roles, permissions, machine clients and the OpenID Connect server.</summary>
public sealed class IdentityModule : IModule
{
    public string Name => "identity";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication();
        services.AddAuthorization();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
