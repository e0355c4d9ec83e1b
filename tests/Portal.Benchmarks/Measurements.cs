using System.Diagnostics;

namespace Portal.Benchmarks;

/// <summary>Latencies of one run, in milliseconds, and what the report prints of them.</summary>
internal sealed class LatencyRecorder
{
    private readonly List<double>[] perWorker;

    public LatencyRecorder(int workers) => perWorker = [.. Enumerable.Range(0, workers).Select(_ => new List<double>(4096))];

    public void Record(int worker, long startTimestamp) =>
        perWorker[worker].Add(Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds);

    public LatencySummary Summarize(TimeSpan elapsed)
    {
        var all = perWorker.SelectMany(list => list).Order().ToArray();
        return new LatencySummary(all.Length, all.Length / elapsed.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99), all.Length == 0 ? 0 : all[^1]);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

internal sealed record LatencySummary(int Count, double PerSecond, double P50, double P99, double Max);

/// <summary>One row of the final table.</summary>
internal sealed record ResultRow(string Measurement, string Value, string Target, bool? Met);
