using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Search.Lucene;

public static class LuceneSearchServiceCollectionExtensions
{
    /// <summary>Registers the embedded Lucene.Net engine as the singleton <see cref="ISearchIndex"/>; the container disposes it (and its write lock) at shutdown.</summary>
    public static IServiceCollection AddLuceneSearchIndex(this IServiceCollection services, Action<LuceneSearchOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<LuceneSearchOptions>()
            .Configure(configure)
            .Validate(options => !string.IsNullOrWhiteSpace(options.IndexPath), "LuceneSearchOptions.IndexPath is required.");
        services.TryAddSingleton<LuceneSearchIndex>();
        services.TryAddSingleton<ISearchIndex>(provider => provider.GetRequiredService<LuceneSearchIndex>());
        return services;
    }
}
