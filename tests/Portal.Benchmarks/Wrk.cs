using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks;

/// <summary>Runs Debian's <c>wrk</c> and reads its summary (requests/s, latency percentiles, errors).</summary>
internal static partial class Wrk
{
    public static async Task<WrkResult> RunAsync(Uri url, int connections, TimeSpan duration, string? script = null, params string[] scriptArgs)
    {
        var arguments = new List<string>
        {
            "-t2", $"-c{connections}", $"-d{(int)duration.TotalSeconds}s", "--latency", "--timeout", "5s",
        };
        if (script is not null)
        {
            arguments.AddRange(["-s", script]);
        }

        arguments.Add(url.AbsoluteUri); // ToString() would unescape the Chinese query, which wrk refuses
        if (scriptArgs.Length > 0)
        {
            arguments.Add("--");
            arguments.AddRange(scriptArgs);
        }

        // The portal runs in this process: its CPU time and GC pauses over the run are the server's cost.
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var pauseBefore = GC.GetTotalPauseDuration();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (apt-get install -y wrk)");
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {errors}{output}");
        }

        self.Refresh();
        var result = Parse(output);
        return result with
        {
            Server = new ServerCost(
                result.Requests == 0 ? double.NaN : (self.TotalProcessorTime - cpuBefore).TotalMilliseconds / result.Requests,
                result.Requests == 0 ? double.NaN : (GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0 / result.Requests,
                GC.GetGCMemoryInfo().HeapSizeBytes / 1024.0 / 1024.0,
                (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds,
                GC.CollectionCount(0) - collectionsBefore[0],
                GC.CollectionCount(1) - collectionsBefore[1],
                GC.CollectionCount(2) - collectionsBefore[2]),
        };
    }

    internal static WrkResult Parse(string output)
    {
        double Latency(string percentile)
        {
            var match = Regex.Match(output, $@"^\s+{percentile}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
            if (!match.Success)
            {
                return double.NaN;
            }

            var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
        }

        var rps = RequestsPerSecond().Match(output);
        var total = TotalRequests().Match(output);
        var non2xx = Non2xx().Match(output);
        var socketErrors = SocketErrors().Match(output);
        return new WrkResult(
            rps.Success ? double.Parse(rps.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN,
            total.Success ? long.Parse(total.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            Latency("50"),
            Latency("99"),
            non2xx.Success ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            socketErrors.Success ? socketErrors.Value.Trim() : null,
            output);
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex TotalRequests();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors:.*")]
    private static partial Regex SocketErrors();
}

internal sealed record WrkResult(double RequestsPerSecond, long Requests, double P50, double P99, long Non2xx, string? SocketErrors, string Output)
{
    public ServerCost? Server { get; init; }
}

/// <summary>What the portal's process spent during one wrk run: CPU per request, GC pauses and collections by generation.</summary>
internal sealed record ServerCost(double CpuMsPerRequest, double AllocatedKbPerRequest, double HeapMb, double GcPauseMs, int Gen0, int Gen1, int Gen2)
{
    public override string ToString() =>
        FormattableString.Invariant($"server CPU {CpuMsPerRequest:F3} ms/request, {AllocatedKbPerRequest:F0} KB allocated/request, heap {HeapMb:F0} MB, GC pauses {GcPauseMs:F0} ms (collections gen0 {Gen0}, gen1 {Gen1}, gen2 {Gen2})");
}
