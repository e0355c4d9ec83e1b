using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.CatalogueSearch.Caching;
using Portal.CatalogueSearch.Contracts;
using Portal.CatalogueSearch.Localization;
using Portal.CatalogueSearch.Synonyms;
using Portal.Search;
using Portal.Tenancy.Contracts;

namespace Portal.CatalogueSearch.Features.Search;

/// <summary>
/// The public search: validates, confines to the current prefecture when the request has one, expands
/// the text with the host's synonyms, and caches answers under the current cache generation. When the
/// cache is unavailable (Redis down) it answers uncached rather than fail. Answers are built and cached
/// as the endpoint's JSON (<see cref="SearchAnswerJson"/>).
/// </summary>
internal sealed partial class CatalogueSearchService(
    ISearchIndex index,
    ICurrentTenant currentTenant,
    SearchReferenceData reference,
    SynonymStore synonyms,
    SynonymExpanders expanders,
    ISearchCacheGeneration cacheGeneration,
    HybridCache cache,
    RepeatedSearches repeated,
    TimeProvider clock,
    IStringLocalizer<SearchMessages> text,
    IOptions<JsonOptions> json,
    ILogger<CatalogueSearchService> logger) : ICatalogueSearch
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private static readonly HybridCacheEntryOptions Caching = new()
    {
        Expiration = SearchCacheSettings.Expiration,
        LocalCacheExpiration = SearchCacheSettings.LocalExpiration,
    };

    // A search asked for the first time reads the cache but leaves nothing in it (see RepeatedSearches).
    private static readonly HybridCacheEntryOptions ReadOnlyCaching = new()
    {
        Expiration = SearchCacheSettings.Expiration,
        LocalCacheExpiration = SearchCacheSettings.LocalExpiration,
        Flags = HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    public async Task<CatalogueSearchResult> SearchAsync(CatalogueSearchRequest request, CancellationToken cancellationToken = default)
    {
        var (answer, errors) = await AnswerAsync(request, cancellationToken);
        return answer is null
            ? CatalogueSearchResult.Invalid(errors!)
            : CatalogueSearchResult.Success(JsonSerializer.Deserialize<CatalogueSearchResponse>(answer.Utf8.Span, json.Value.SerializerOptions)!);
    }

    /// <summary>What <see cref="SearchAsync"/> answers, as the JSON body of <c>GET /api/search</c>, or field errors.</summary>
    public async Task<(SearchAnswerJson? Answer, IReadOnlyDictionary<string, string[]>? Errors)> AnswerAsync(
        CatalogueSearchRequest request, CancellationToken cancellationToken = default)
    {
        var prefectures = await reference.PrefecturesAsync(cancellationToken);
        var chains = await reference.ChainCodesAsync(cancellationToken);
        var (validated, errors) = SearchRequestValidation.Validate(request, [.. prefectures.Keys], chains, text);
        if (validated is null)
        {
            return (null, errors.ToDictionary());
        }

        var query = validated with
        {
            TenantId = currentTenant.Id,
            Today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaOffset).DateTime),
        };
        var answer = await CachedAsync(
            "search:answer",
            query with { Today = default },
            async token =>
            {
                var expanded = expanders.For(await synonyms.GroupsAsync(token)).Expand(query);
                var response = ToResponse(await index.SearchAsync(expanded, token), query, prefectures);
                return new SearchAnswerJson(JsonSerializer.SerializeToUtf8Bytes(response, json.Value.SerializerOptions));
            },
            query.InForceOnly ? query.Today.ToString("O") : "",
            cancellationToken);
        return (answer, null);
    }

    public async Task<CatalogueSuggestResult> SuggestAsync(string? prefix, int? max = null, CancellationToken cancellationToken = default)
    {
        var errors = new BuildingBlocks.Http.ValidationErrors();
        var clean = SearchRequestValidation.Clean(prefix);
        if (clean.Length > CatalogueSearchLimits.MaxQueryLength)
        {
            errors.Add(CatalogueSearchParameters.Q, text["QueryTooLong", CatalogueSearchLimits.MaxQueryLength]);
        }

        var count = max ?? CatalogueSearchLimits.DefaultSuggestions;
        if (count is < 1 or > CatalogueSearchLimits.MaxSuggestions)
        {
            errors.Add(CatalogueSearchParameters.Max, text["SuggestMaxInvalid", CatalogueSearchLimits.MaxSuggestions]);
        }

        if (errors.HasErrors)
        {
            return new CatalogueSuggestResult(null, errors.ToDictionary());
        }

        if (clean.Length == 0)
        {
            return new CatalogueSuggestResult([], null);
        }

        var tenantId = currentTenant.Id;
        var suggestions = await CachedAsync(
            "search:suggest",
            new { prefix = clean, count, tenantId },
            async token => (await index.SuggestAsync(clean, count, tenantId, token))
                .Select(s => new CatalogueSuggestion(SearchKinds.Code(s.Kind), s.ItemId, s.Title, s.Url))
                .ToArray(),
            "",
            cancellationToken);
        return new CatalogueSuggestResult(suggestions, null);
    }

    /// <summary>
    /// Through the cache under the current generation, written from a search's second asking on; straight to
    /// the engine when the generation cannot be read or the cache fails, so that a Redis outage slows
    /// searches down but never fails them.
    /// </summary>
    private async Task<T> CachedAsync<T>(string prefix, object keyParts, Func<CancellationToken, Task<T>> load, string extra, CancellationToken cancellationToken)
    {
        if (await cacheGeneration.CurrentAsync(cancellationToken) is not { } generation)
        {
            return await load(cancellationToken);
        }

        var key = $"{prefix}:{generation}:{Hash(JsonSerializer.Serialize(keyParts) + extra)}";
        var loaded = false;
        try
        {
            return await cache.GetOrCreateAsync(
                key,
                async token =>
                {
                    loaded = true;
                    return await load(token);
                },
                repeated.AskedBefore(key) ? Caching : ReadOnlyCaching,
                cancellationToken: cancellationToken);
        }
        catch (Exception exception) when (!loaded && exception is not OperationCanceledException)
        {
            LogCacheFailed(logger, exception);
            return await load(cancellationToken);
        }
    }

    private static CatalogueSearchResponse ToResponse(SearchResults results, SearchQuery query, IReadOnlyDictionary<string, PrefectureDto> prefectures) => new(
        results.Total,
        query.Page,
        query.PageSize,
        [.. results.Hits.Select(hit =>
        {
            var prefecture = prefectures.GetValueOrDefault(hit.Prefecture);
            return new CatalogueSearchItem(
                SearchKinds.Code(hit.Kind), hit.ItemId, hit.Prefecture, prefecture?.Name ?? hit.Prefecture, prefecture?.NameEn ?? hit.Prefecture,
                hit.Title, hit.Snippet, hit.Url, hit.PublishedAt);
        })],
        new CatalogueSearchFacets(
            new Dictionary<string, long>(results.Facets.Kind),
            new Dictionary<string, long>(results.Facets.Prefecture),
            new Dictionary<string, long>(results.Facets.Chain)));

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search cache failed; answering uncached")]
    private static partial void LogCacheFailed(ILogger logger, Exception exception);
}
