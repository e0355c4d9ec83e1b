using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Portal.BuildingBlocks.Storage;

public static class StorageSetup
{
    /// <summary>
    /// The file-system media store under <c>{Portal:DataPath}/media/</c> unless another
    /// <see cref="IMediaStorage"/> was registered first (a module may call this more than once).
    /// </summary>
    public static IServiceCollection AddMediaStorage(this IServiceCollection services)
    {
        services.TryAddSingleton<IMediaStorage>(provider => new FileSystemMediaStorage(provider.GetRequiredService<IOptions<PortalOptions>>()));
        return services;
    }
}
