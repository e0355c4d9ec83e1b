using System.Diagnostics;
using Microsoft.Extensions.Options;
using Portal.Search;
using Portal.Search.Lucene;

namespace Portal.Benchmarks;

/// <summary>
/// Part (a): the embedded engine alone. Indexes the synthetic corpus into a fresh LuceneSearchIndex
/// (items per second, in batches as the indexer writes them), then runs the fixed query mix from 32
/// concurrent workers straight against the engine (no result cache exists at this level). The index is
/// left in <c>{dataPath}/search</c>, where the portal of part (b) finds it already filled.
/// </summary>
internal static class EngineBenchmark
{
    public static async Task<IReadOnlyList<ResultRow>> RunAsync(BenchOptions options, string folder, bool measureQueries)
    {
        {
            var documents = new SyntheticCatalogue().Generate(options.Items).ToArray();
            Console.WriteLine($"[engine] {documents.Length:N0} documents generated; indexing into {folder}");

            using var index = new LuceneSearchIndex(Options.Create(new LuceneSearchOptions { IndexPath = folder }));
            var indexing = Stopwatch.StartNew();
            foreach (var batch in documents.Chunk(options.BatchSize))
            {
                await index.UpsertAsync(batch);
            }

            indexing.Stop();
            var indexed = await index.CountAsync();
            var perSecond = indexed / indexing.Elapsed.TotalSeconds;
            Console.WriteLine($"[engine] indexed {indexed:N0} in {indexing.Elapsed.TotalSeconds:F1} s = {perSecond:N0} items/s (batches of {options.BatchSize:N0}, commit per batch)");

            var indexingRow = new ResultRow($"Engine indexing ({options.Items:N0} items, batches of {options.BatchSize:N0})", $"{perSecond:N0} items/s", "≥ 5,000 items/s", perSecond >= 5000);
            if (!measureQueries)
            {
                return [indexingRow];
            }

            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
            var queries = QueryMix.Fixed.Select(q => q.ToSearchQuery(today)).ToArray();
            var sample = await index.SearchAsync(queries[0]);
            Console.WriteLine($"[engine] “新能源电池”: {sample.Total:N0} hits, facets kind={sample.Facets.Kind.Count} prefecture={sample.Facets.Prefecture.Count} chain={sample.Facets.Chain.Count}");

            await RunWorkersAsync(index, queries, options.Concurrency, TimeSpan.FromSeconds(3)); // JIT and searcher warm-up
            var latency = await RunWorkersAsync(index, queries, options.Concurrency, options.Duration);
            Console.WriteLine($"[engine] {latency.Count:N0} queries at {options.Concurrency} workers: {latency.PerSecond:N0}/s, p50 {latency.P50:F2} ms, p99 {latency.P99:F2} ms, max {latency.Max:F1} ms");

            return
            [
                indexingRow,
                new ResultRow($"Engine query latency, {options.Concurrency} workers, fixed mix of {queries.Length}", $"p50 {latency.P50:F1} ms, p99 {latency.P99:F1} ms ({latency.PerSecond:N0} q/s)", "—", null),
            ];
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
