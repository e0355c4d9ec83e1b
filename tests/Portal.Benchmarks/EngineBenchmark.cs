using System.Diagnostics;
using Microsoft.Extensions.Options;
using Portal.Search;
using Portal.Search.Chinese;
using Portal.Search.Lucene;

namespace Portal.Benchmarks;

/// <summary>
/// Part (a): the embedded engine alone. Indexes the synthetic corpus into a fresh LuceneSearchIndex
/// (live upserts, then a rebuild), then runs the fixed query mix from 32 concurrent workers straight
/// against the engine, its match cache off (no result cache exists at this level). The index is
/// left in <c>{dataPath}/search</c>, where the portal of part (b) finds it already filled.
/// </summary>
internal static class EngineBenchmark
{
    public static async Task<IReadOnlyList<ResultRow>> RunAsync(BenchOptions options, string folder, bool measureQueries)
    {
        {
            var documents = new SyntheticCatalogue().Generate(options.Items).ToArray();
            Console.WriteLine($"[engine] {documents.Length:N0} documents generated; indexing into {folder}");

            // Live writes as the outbox makes them, batched and committed, into a throw-away folder.
            double upsertsPerSecond;
            var upsertFolder = folder + "-upserts";
            using (var upserts = new LuceneSearchIndex(Options.Create(new LuceneSearchOptions { IndexPath = upsertFolder })))
            {
                var clock = Stopwatch.StartNew();
                foreach (var batch in documents.Chunk(options.BatchSize))
                {
                    await upserts.UpsertAsync(batch);
                }

                upsertsPerSecond = await upserts.CountAsync() / clock.Elapsed.TotalSeconds;
                Console.WriteLine($"[engine] upserts: {upsertsPerSecond:N0} items/s (batches of {options.BatchSize:N0}, commit per batch); {Segments(upsertFolder)} segments");
            }

            LuceneSearchIndexFolders.TryDelete(upsertFolder);

            // A whole index as the portal builds one (start-up, admin or command-line rebuild): batches of 200
            // into a fresh generation, swapped in at the end. The queries and part (b) run on this one.
            // No match cache here: the workers repeat a mix of 16 searches, which it would answer after the
            // first round. These figures are what a search costs; the HTTP runs show the cache.
            using var index = new LuceneSearchIndex(Options.Create(new LuceneSearchOptions { IndexPath = folder, MatchCacheDocuments = 0 }));
            var indexing = Stopwatch.StartNew();
            await using (var rebuild = await index.BeginRebuildAsync())
            {
                foreach (var batch in documents.Chunk(RebuildBatch))
                {
                    await rebuild.AddAsync(batch);
                }

                await rebuild.CompleteAsync();
            }

            indexing.Stop();
            var indexed = await index.CountAsync();
            var perSecond = indexed / indexing.Elapsed.TotalSeconds;
            Console.WriteLine($"[engine] rebuild: {indexed:N0} in {indexing.Elapsed.TotalSeconds:F1} s = {perSecond:N0} items/s; {Segments(folder)} segments");

            var indexingRow = new ResultRow($"Engine indexing: rebuild of {options.Items:N0} items (batches of {RebuildBatch})", $"{perSecond:N0} items/s", "≥ 5,000 items/s", perSecond >= 5000);
            var upsertRow = new ResultRow($"Engine indexing: live upserts of {options.Items:N0} items (batches of {options.BatchSize:N0}, a commit each)", $"{upsertsPerSecond:N0} items/s", "—", null);
            if (!measureQueries)
            {
                return [indexingRow, upsertRow];
            }

            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
            var queries = QueryMix.Fixed.Select(q => q.ToSearchQuery(today)).ToArray();
            var sample = await index.SearchAsync(queries[0]);
            Console.WriteLine($"[engine] “新能源电池”: {sample.Total:N0} hits, facets kind={sample.Facets.Kind.Count} prefecture={sample.Facets.Prefecture.Count} chain={sample.Facets.Chain.Count}");

            if (options.PerQuery)
            {
                await PrintPerQueryCostAsync(index, QueryMix.Fixed, today);

                // The HTTP run's distinct searches, expanded with the default synonyms as the module does:
                // what the engine costs of an uncached request, without the web stack around it.
                var distinct = QueryMix.Distinct(2_000).Select(q => SynonymExpander.Default.Expand(q.ToSearchQuery(today))).ToArray();
                var byText = new Dictionary<string, (double Ms, int Count, long Hits)>();
                var clock = Stopwatch.StartNew();
                foreach (var query in distinct)
                {
                    var started = Stopwatch.GetTimestamp();
                    var found = await index.SearchAsync(query);
                    var (ms, count, hits) = byText.GetValueOrDefault(query.Text);
                    byText[query.Text] = (ms + Stopwatch.GetElapsedTime(started).TotalMilliseconds, count + 1, hits + found.Total);
                }

                foreach (var (text, (ms, count, hits)) in byText.OrderByDescending(entry => entry.Value.Ms).Take(12))
                {
                    Console.WriteLine($"[engine]   {ms / count,8:F2} ms avg over {count,3}, {hits / count,7:N0} hits avg: {text}");
                }

                Console.WriteLine($"[engine] {distinct.Length:N0} of the HTTP run's distinct searches, synonyms expanded, one thread: {clock.Elapsed.TotalMilliseconds / distinct.Length:F2} ms each");
            }

            await RunWorkersAsync(index, queries, options.Concurrency, TimeSpan.FromSeconds(3)); // JIT and searcher warm-up
            var latency = await RunWorkersAsync(index, queries, options.Concurrency, options.Duration);
            Console.WriteLine($"[engine] {latency.Count:N0} queries at {options.Concurrency} workers: {latency.PerSecond:N0}/s, p50 {latency.P50:F2} ms, p99 {latency.P99:F2} ms, max {latency.Max:F1} ms");

            return
            [
                indexingRow,
                upsertRow,
                new ResultRow($"Engine query latency, {options.Concurrency} workers, fixed mix of {queries.Length} (with the wait for a search slot, one per core)", $"p50 {latency.P50:F1} ms, p99 {latency.P99:F1} ms ({latency.PerSecond:N0} q/s)", "—", null),
            ];
        }
    }

    /// <summary>What the search module's rebuild hands the engine at a time.</summary>
    private const int RebuildBatch = 200;

    private static int Segments(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.si", SearchOption.AllDirectories).Count() : 0;

    /// <summary>One thread, each query of the mix alone: where the engine's time goes, query by query.</summary>
    private static async Task PrintPerQueryCostAsync(LuceneSearchIndex index, IReadOnlyList<BenchQuery> mix, DateOnly today)
    {
        const int Rounds = 30;
        foreach (var query in mix)
        {
            var search = query.ToSearchQuery(today);
            var results = await index.SearchAsync(search); // warm-up
            for (var i = 0; i < Rounds; i++)
            {
                await index.SearchAsync(search);
            }

            var clock = Stopwatch.StartNew();
            for (var i = 0; i < Rounds; i++)
            {
                await index.SearchAsync(search);
            }

            Console.WriteLine($"[engine] {clock.Elapsed.TotalMilliseconds / Rounds,8:F2} ms  {results.Total,7:N0} hits  {query.ToPath()}");
        }
    }

    private static async Task<LatencySummary> RunWorkersAsync(LuceneSearchIndex index, SearchQuery[] queries, int workers, TimeSpan duration)
    {
        var recorder = new LatencyRecorder(workers);
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            var next = worker; // workers start at different queries, as visitors would
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                await index.SearchAsync(queries[next++ % queries.Length]);
                recorder.Record(worker, started);
            }
        }));
        await Task.WhenAll(tasks);
        return recorder.Summarize(clock.Elapsed);
    }
}

internal static class LuceneSearchIndexFolders
{
    public static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; the figures matter.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
