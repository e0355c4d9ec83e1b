using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Ui;

/// <summary>The server-rendered web UI (Razor Pages + htmx): public catalogue and back office.</summary>
public static class PortalUi
{
    public static IServiceCollection AddPortalUi(this IServiceCollection services)
    {
        services.AddRazorPages();
        return services;
    }

    public static IEndpointRouteBuilder MapPortalUi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        return endpoints;
    }
}
