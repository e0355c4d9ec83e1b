using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.BuildingBlocks.Modules;

/// <summary>
/// A business module of the portal. The host lists its modules explicitly (no assembly scanning),
/// so start-up stays fast and the composition can be read in one place.
/// </summary>
public interface IModule
{
    /// <summary>Short, stable name; also the module's database schema.</summary>
    string Name { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
