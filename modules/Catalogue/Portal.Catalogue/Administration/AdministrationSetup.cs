using Microsoft.Extensions.DependencyInjection;
using Portal.Catalogue.Contracts;

namespace Portal.Catalogue.Administration;

internal static class AdministrationSetup
{
    /// <summary>The back office's facade and the prefecture page's published lists.</summary>
    public static IServiceCollection AddCatalogueAdministration(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICatalogueAdministration, CatalogueAdministration>();
        services.AddScoped<IPrefectureCatalogue, PrefectureCatalogue>();
        return services;
    }
}
