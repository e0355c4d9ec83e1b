using System.Globalization;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Bulk;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Transport;
using Elastic.Transport.Products.Elasticsearch;
using Microsoft.Extensions.Logging;

namespace Portal.Search.Elasticsearch;

/// <summary>
/// The catalogue search on an Elasticsearch cluster. Searches and writes go through the alias
/// <c>{prefix}-catalogue</c>, which points at one concrete index <c>{prefix}-catalogue-{utc timestamp}</c>;
/// a rebuild fills a new index and swaps the alias atomically, so searches never see a half-built index.
/// </summary>
internal sealed class ElasticsearchSearchIndex : ISearchIndex
{
    private readonly ElasticsearchClient client;
    private readonly ElasticsearchOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<ElasticsearchSearchIndex> logger;
    private readonly SemaphoreSlim ensureLock = new(1, 1);

    private readonly Lock rebuildLock = new();

    /// <summary>The rebuild this process runs, if any: live writes go to its index too, so a change made meanwhile survives the swap.</summary>
    private Rebuild? rebuilding;

    private volatile bool ensured;

    public ElasticsearchSearchIndex(ElasticsearchClient client, ElasticsearchOptions options, TimeProvider time, ILogger<ElasticsearchSearchIndex> logger)
    {
        this.client = client;
        this.options = options;
        this.time = time;
        this.logger = logger;
        Alias = $"{options.IndexPrefix}-catalogue";
    }

    /// <summary>The name searches and writes use.</summary>
    public string Alias { get; }

    /// <summary>The client, for health checks and test clean-up.</summary>
    public ElasticsearchClient Client => client;

    /// <summary>
    /// Creates the first index behind the alias when there is none yet (first start against an empty
    /// cluster). Cheap after the first success; called on start and before the first use.
    /// </summary>
    public async Task EnsureIndexAsync(CancellationToken cancellationToken = default)
    {
        if (ensured)
        {
            return;
        }

        await ensureLock.WaitAsync(cancellationToken);
        try
        {
            if (ensured)
            {
                return;
            }

            var exists = await SendAsync(() => client.Indices.ExistsAliasAsync(new ExistsAliasRequest(Alias), cancellationToken));
            if (!exists.Exists)
            {
                Ensure(exists, "check the catalogue alias", allowedStatus: 404);
                var index = NewIndexName();
                var created = await SendAsync(() => client.Indices.CreateAsync(CatalogueIndexDefinition.CreateRequest(index, options, Alias), cancellationToken));
                Ensure(created, "create the catalogue index");
                await KeepOneIndexBehindAliasAsync(index, cancellationToken);
                logger.LogInformation("Created the catalogue index {Index} behind the alias {Alias}", index, Alias);
            }

            ensured = true;
        }
        finally
        {
            ensureLock.Release();
        }
    }

    public async Task UpsertAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        if (documents.Count == 0)
        {
            return;
        }

        await EnsureIndexAsync(cancellationToken);
        var projected = documents.Select(CatalogueDocumentProjection.Project).ToList();
        await BulkAsync(Alias, requireAlias: true, refresh: true, IndexOperations(projected), "index catalogue documents", cancellationToken);
        if (CurrentRebuild() is { } rebuild)
        {
            await rebuild.MirrorAsync(documents.Select(document => document.Key), IndexOperations(projected), cancellationToken);
        }
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return;
        }

        await EnsureIndexAsync(cancellationToken);
        await BulkAsync(Alias, requireAlias: true, refresh: true, DeleteOperations(keys), "delete catalogue documents", cancellationToken);
        if (CurrentRebuild() is { } rebuild)
        {
            await rebuild.MirrorAsync(keys, DeleteOperations(keys), cancellationToken);
        }
    }

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        await EnsureIndexAsync(cancellationToken);
        var response = await SendAsync(() => client.SearchAsync<CatalogueIndexDocument>(CatalogueQueries.Search(Alias, query), cancellationToken));
        Ensure(response, "search the catalogue");
        return SearchResponseReader.Read(response);
    }

    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string prefix, int max, Guid? tenantId = null, CancellationToken cancellationToken = default)
    {
        if (max <= 0 || Portal.Search.Chinese.QueryText.Normalize(prefix).Length == 0)
        {
            return [];
        }

        await EnsureIndexAsync(cancellationToken);
        var response = await SendAsync(() => client.SearchAsync<CatalogueIndexDocument>(CatalogueQueries.Suggest(Alias, prefix, max, tenantId), cancellationToken));
        Ensure(response, "suggest catalogue titles");
        return SearchResponseReader.ReadSuggestions(response);
    }

    /// <summary>One rebuild at a time per process; a second one while the first runs is a caller error.</summary>
    public async Task<ISearchIndexRebuild> BeginRebuildAsync(CancellationToken cancellationToken = default)
    {
        await EnsureIndexAsync(cancellationToken);
        var index = NewIndexName();
        var rebuild = new Rebuild(this, index);
        lock (rebuildLock)
        {
            if (rebuilding is not null)
            {
                throw new InvalidOperationException("A search index rebuild is already in progress.");
            }

            rebuilding = rebuild;
        }

        try
        {
            var created = await SendAsync(() => client.Indices.CreateAsync(CatalogueIndexDefinition.CreateRequest(index, options), cancellationToken));
            Ensure(created, "create the index for the rebuild");
        }
        catch
        {
            Forget(rebuild);
            throw;
        }

        logger.LogInformation("Rebuilding the catalogue into {Index}", index);
        return rebuild;
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await EnsureIndexAsync(cancellationToken);
        var response = await SendAsync(() => client.CountAsync(new CountRequest(Alias), cancellationToken));
        Ensure(response, "count the catalogue documents");
        return response.Count;
    }

    private string NewIndexName() =>
        $"{Alias}-{time.GetUtcNow().UtcDateTime.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)}";

    private static List<IBulkOperation> IndexOperations(List<CatalogueIndexDocument> documents) =>
        documents.Select(document => (IBulkOperation)new BulkIndexOperation<CatalogueIndexDocument>(document) { Id = document.Key }).ToList();

    private static List<IBulkOperation> DeleteOperations(IReadOnlyCollection<string> keys) =>
        keys.Distinct(StringComparer.Ordinal).Select(key => (IBulkOperation)new BulkDeleteOperation(key)).ToList();

    private async Task BulkAsync(string index, bool requireAlias, bool refresh, List<IBulkOperation> operations, string operation, CancellationToken cancellationToken)
    {
        var request = new BulkRequest(index)
        {
            Operations = new BulkOperationsCollection(operations),

            // Never let a write auto-create a concrete index where the alias should be.
            RequireAlias = requireAlias ? true : null,
            Refresh = refresh ? Refresh.WaitFor : null,
        };
        var response = await SendAsync(() => client.BulkAsync(request, cancellationToken));

        // A bulk with a failed item is "invalid" to the client; the items tell which failures matter.
        if (!response.ApiCallDetails.HasSuccessfulStatusCode)
        {
            Ensure(response, operation);
        }

        // Deleting a key that is not there is fine (idempotent deletes); anything else failed.
        var failed = response.Items.Where(item => item.Error is not null && item.Status != 404).ToList();
        if (failed.Count > 0)
        {
            var first = failed[0];
            logger.LogWarning("Elasticsearch refused {Failed} of {Total} operations to {Operation}: {Type} {Reason}", failed.Count, response.Items.Count, operation, first.Error!.Type, first.Error.Reason);
            throw new ElasticsearchSearchException($"Elasticsearch could not {operation}: {failed.Count} of {response.Items.Count} failed, first {first.Id}: {first.Error!.Type} {first.Error.Reason}")
            {
                StatusCode = first.Status,
            };
        }
    }

    /// <summary>
    /// Two nodes starting together on an empty cluster may each create an index behind the alias; the
    /// one with the smallest name stays, the others take theirs away, so writes have one target.
    /// </summary>
    private async Task KeepOneIndexBehindAliasAsync(string mine, CancellationToken cancellationToken)
    {
        var indices = await IndicesBehindAliasAsync(cancellationToken);
        if (indices.Count <= 1)
        {
            return;
        }

        var keeper = indices.Min(StringComparer.Ordinal)!;
        if (keeper != mine)
        {
            var removed = await SendAsync(() => client.Indices.UpdateAliasesAsync(
                new UpdateAliasesRequest { Actions = [new IndexUpdateAliasesAction { Remove = new RemoveAction { Index = mine, Alias = Alias } }] },
                cancellationToken));
            Ensure(removed, "remove a duplicate catalogue index from the alias");
            await DeleteIndicesQuietlyAsync([mine], cancellationToken);
        }
    }

    private async Task<List<string>> IndicesBehindAliasAsync(CancellationToken cancellationToken)
    {
        var response = await SendAsync(() => client.Indices.GetAliasAsync(new GetAliasRequest((Names)Alias), cancellationToken));
        if (response.ApiCallDetails.HttpStatusCode == 404)
        {
            return [];
        }

        Ensure(response, "read the catalogue alias");
        return response.Aliases?.Keys.ToList() ?? [];
    }

    private async Task SwapAsync(string index, CancellationToken cancellationToken)
    {
        // Make everything added visible before searches see the new index.
        var refreshed = await SendAsync(() => client.Indices.RefreshAsync(new RefreshRequest(index), cancellationToken));
        Ensure(refreshed, "refresh the rebuilt index");

        var previous = (await IndicesBehindAliasAsync(cancellationToken)).Where(name => name != index).ToList();
        var actions = previous
            .Select(old => new IndexUpdateAliasesAction { Remove = new RemoveAction { Index = old, Alias = Alias } })
            .Append(new IndexUpdateAliasesAction { Add = new AddAction { Index = index, Alias = Alias } })
            .ToList();

        // One request, applied atomically: at every moment the alias names exactly one index.
        var swapped = await SendAsync(() => client.Indices.UpdateAliasesAsync(new UpdateAliasesRequest { Actions = actions }, cancellationToken));
        Ensure(swapped, "swap the catalogue alias to the rebuilt index");
        logger.LogInformation("The catalogue alias {Alias} now points at {Index}", Alias, index);

        await DeleteIndicesQuietlyAsync(previous, cancellationToken);
    }

    /// <summary>An index left behind costs disk, not correctness: a failed delete is logged, not thrown.</summary>
    private async Task DeleteIndicesQuietlyAsync(List<string> indices, CancellationToken cancellationToken)
    {
        if (indices.Count == 0)
        {
            return;
        }

        var response = await SendAsync(() => client.Indices.DeleteAsync(new DeleteIndexRequest(string.Join(',', indices)) { IgnoreUnavailable = true }, cancellationToken));
        if (!response.IsValidResponse)
        {
            logger.LogWarning("Could not delete the old catalogue indices {Indices}: {Reason}", string.Join(',', indices), Reason(response));
        }
    }

    private Rebuild? CurrentRebuild()
    {
        lock (rebuildLock)
        {
            return rebuilding;
        }
    }

    private void Forget(Rebuild rebuild)
    {
        lock (rebuildLock)
        {
            if (rebuilding == rebuild)
            {
                rebuilding = null;
            }
        }
    }

    /// <summary>Sends one request; a transport failure the client throws (rather than reports) becomes the same clear exception.</summary>
    private async Task<TResponse> SendAsync<TResponse>(Func<Task<TResponse>> send)
        where TResponse : ElasticsearchResponse
    {
        try
        {
            return await send();
        }
        catch (TransportException exception)
        {
            logger.LogWarning("Elasticsearch request failed: {Reason}", exception.GetType().Name);
            throw new ElasticsearchSearchException($"Elasticsearch request failed: {exception.GetType().Name}", exception);
        }
    }

    private void Ensure(ElasticsearchResponse response, string operation, int? allowedStatus = null)
    {
        if (response.IsValidResponse || (allowedStatus is not null && response.ApiCallDetails.HttpStatusCode == allowedStatus))
        {
            return;
        }

        var status = response.ApiCallDetails.HttpStatusCode;
        if (response.ElasticsearchServerError?.Error?.Type == "index_not_found_exception")
        {
            ensured = false; // someone removed the index or alias: create it again on the next call
        }

        var answer = status is { } code ? $"HTTP {code.ToString(CultureInfo.InvariantCulture)}" : "no answer";
        var reason = Reason(response);
        logger.LogWarning("Elasticsearch could not {Operation} ({Answer}): {Reason}", operation, answer, reason);
        throw new ElasticsearchSearchException($"Elasticsearch could not {operation} ({answer}): {reason}", response.ApiCallDetails.OriginalException)
        {
            StatusCode = status,
        };
    }

    /// <summary>The server's error type and reason, or the transport's failure: never the request, its URL or headers.</summary>
    private static string Reason(ElasticsearchResponse response) =>
        response.ElasticsearchServerError?.Error is { } error
            ? $"{error.Type}: {error.Reason}"
            : response.ApiCallDetails.OriginalException?.GetType().Name ?? "invalid response";

    /// <summary>
    /// A rebuild into a fresh index. Live upserts and deletes made meanwhile are mirrored into it and their
    /// keys remembered: a live write reflects a later database state than the rebuild's reading of the same
    /// item, so <see cref="AddAsync"/> skips those keys instead of bringing older data back. One gate orders
    /// adds, mirrors, the swap and the discard, so no write lands in an index that is being thrown away
    /// (where it would auto-create a stray index) and a mirror racing the swap still reaches the new index.
    /// </summary>
    private sealed class Rebuild(ElasticsearchSearchIndex engine, string index) : ISearchIndexRebuild
    {
        private readonly SemaphoreSlim gate = new(1, 1);
        private readonly HashSet<string> writtenLive = new(StringComparer.Ordinal);
        private bool completed;
        private bool abandoned;

        public async Task AddAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken = default)
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                ObjectDisposedException.ThrowIf(completed || abandoned, this);
                var projected = documents.Where(document => !writtenLive.Contains(document.Key)).Select(CatalogueDocumentProjection.Project).ToList();
                if (projected.Count > 0)
                {
                    await engine.BulkAsync(index, requireAlias: false, refresh: false, IndexOperations(projected), "add documents to the rebuilt index", cancellationToken);
                }
            }
            finally
            {
                gate.Release();
            }
        }

        public async Task MirrorAsync(IEnumerable<string> keys, List<IBulkOperation> operations, CancellationToken cancellationToken)
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                if (abandoned)
                {
                    return;
                }

                writtenLive.UnionWith(keys);
                await engine.BulkAsync(index, requireAlias: false, refresh: false, operations, "mirror a live write into the rebuilt index", cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }

        public async Task CompleteAsync(CancellationToken cancellationToken = default)
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                ObjectDisposedException.ThrowIf(completed || abandoned, this);
                await engine.SwapAsync(index, cancellationToken);
                completed = true;
            }
            finally
            {
                gate.Release();
            }

            engine.Forget(this);
        }

        public async ValueTask DisposeAsync()
        {
            await gate.WaitAsync();
            try
            {
                if (!completed && !abandoned)
                {
                    abandoned = true;
                    await engine.DeleteIndicesQuietlyAsync([index], CancellationToken.None);
                }
            }
            finally
            {
                gate.Release();
            }

            engine.Forget(this);
        }
    }
}
