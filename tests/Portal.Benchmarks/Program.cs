using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>
/// The search benchmark of issue #5. Usage (see run.sh and RESULTS.md):
/// <c>Portal.Benchmarks [--items 100000] [--concurrency 32] [--duration 10] [--batch 1000] [--engine-only | --http-only] [--per-query]</c>
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        Console.WriteLine($"Search benchmark: {options.Items:N0} items, {options.Concurrency} concurrent, {options.Duration.TotalSeconds:F0} s per load run; " +
            $"{Environment.ProcessorCount} cores; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average {LoadAverage()}");

        // One data folder for the run: part (a) leaves its filled index where the portal of part (b) looks.
        var dataPath = Path.Combine(Path.GetTempPath(), "portal-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var rows = new List<ResultRow>();
        try
        {
            rows.AddRange(await EngineBenchmark.RunAsync(options, Path.Combine(dataPath, "search"), measureQueries: !options.HttpOnly));
            if (!options.EngineOnly)
            {
                rows.AddRange(await HttpBenchmark.RunAsync(options, dataPath));
            }
        }
        finally
        {
            LuceneSearchIndexFolders.TryDelete(dataPath);
        }

        Console.WriteLine();
        Console.WriteLine("| measurement | result | target | met |");
        Console.WriteLine("| --- | --- | --- | --- |");
        foreach (var row in rows)
        {
            Console.WriteLine($"| {row.Measurement} | {row.Value} | {row.Target} | {row.Met switch { true => "yes", false => "**no**", null => "" }} |");
        }

        Console.WriteLine();
        Console.WriteLine($"Load average at the end: {LoadAverage()}");
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}

internal sealed record BenchOptions(int Items, int Concurrency, TimeSpan Duration, int BatchSize, bool EngineOnly, bool HttpOnly, bool PerQuery)
{
    public static BenchOptions Parse(string[] args)
    {
        int Number(string name, int fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
        }

        return new BenchOptions(
            Number("--items", 100_000),
            Number("--concurrency", 32),
            TimeSpan.FromSeconds(Number("--duration", 10)),
            Number("--batch", 1_000),
            args.Contains("--engine-only"),
            args.Contains("--http-only"),
            args.Contains("--per-query"));
    }
}
