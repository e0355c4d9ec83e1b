using Microsoft.Extensions.DependencyInjection;

namespace Portal.Inquiries.Routing.Suggestions;

/// <summary>
/// Registers <see cref="RoutingSuggester"/>. The host must also run the Catalogue module, which provides
/// <c>ICatalogueMatching</c> and <c>ICatalogueModule</c>.
/// </summary>
internal static class SuggestionsSetup
{
    public static IServiceCollection AddRoutingSuggestions(this IServiceCollection services)
    {
        services.AddScoped<RoutingSuggester>();
        return services;
    }
}
