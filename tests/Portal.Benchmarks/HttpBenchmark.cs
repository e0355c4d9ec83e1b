using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Search;

namespace Portal.Benchmarks;

/// <summary>
/// Part (b): the portal over HTTP. Starts it on Kestrel (embedded defaults, no demo data) on a data folder
/// whose search index part (a) has already filled (so the portal does not rebuild it: its catalogue is
/// empty and its index is not), creates the 16 prefectures through the admin API so that prefecture
/// filters are valid, then loads with wrk at 32 connections, all in this one run: the bare baseline
/// endpoint, one repeated search (answered from the result cache), and distinct searches (never in the
/// result cache; the engine's match cache serves other facets, sorts and pages of words it has seen),
/// then the distinct searches again on a portal whose engine has no match cache.
/// The documents carry tenant ids of their own, not the created prefectures': only <c>/t/{slug}/…</c>
/// searches would notice, and the benchmark makes none.
/// </summary>
internal static class HttpBenchmark
{
    private const string CachedPath = "/api/search?q=%E6%96%B0%E8%83%BD%E6%BA%90%E7%94%B5%E6%B1%A0"; // q=新能源电池

    public static async Task<IReadOnlyList<ResultRow>> RunAsync(BenchOptions options, string dataPath)
    {
        {
            await using var portal = new BenchPortal(dataPath);
            portal.Start();
            Console.WriteLine($"[http] portal listening on {portal.BaseAddress} (data in {dataPath})");

            using var http = new HttpClient { BaseAddress = portal.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
            await CreatePrefecturesAsync(http);

            var index = portal.Services.GetRequiredService<ISearchIndex>();
            Console.WriteLine($"[http] the portal's index holds {await index.CountAsync():N0} documents");

            await CheckAsync(http, CachedPath, expectHits: true);
            await CheckAsync(http, "/bench/bare", expectHits: false);

            var duration = options.Duration;
            var connections = options.Concurrency;
            var uri = (string path) => new Uri(portal.BaseAddress, path);

            // Warm-up: JIT, connection pools, the searcher; not measured.
            await Wrk.RunAsync(uri("/bench/bare"), connections, TimeSpan.FromSeconds(3));
            await Wrk.RunAsync(uri(CachedPath), connections, TimeSpan.FromSeconds(3));

            var bare = await Wrk.RunAsync(uri("/bench/bare"), connections, duration);
            Report("bare /bench/bare", bare);
            var cached = await Wrk.RunAsync(uri(CachedPath), connections, duration);
            Report("cached /api/search?q=新能源电池", cached);

            var distinct = QueryMix.Distinct(int.MaxValue);
            var pathsFile = Path.Combine(dataPath, "uncached-paths.txt");
            await File.WriteAllLinesAsync(pathsFile, distinct.Select(q => q.ToPath()));
            var script = Path.Combine(AppContext.BaseDirectory, "uncached.lua");

            // Warm-up of the uncached path (JIT, first calls) on words the run does not search: every text of
            // the run still arrives cold, its first search walking the postings.
            var warmUpFile = Path.Combine(dataPath, "warm-up-paths.txt");
            await File.WriteAllLinesAsync(warmUpFile, QueryMix.Distinct(int.MaxValue, texts: QueryMix.WarmUpTexts).Select(q => q.ToPath()));
            await Wrk.RunAsync(uri("/api/search"), connections, TimeSpan.FromSeconds(3), script, warmUpFile, "2");

            var uncached = await Wrk.RunAsync(uri("/api/search"), connections, duration, script, pathsFile, "2");
            Report($"uncached /api/search ({distinct.Count:N0} distinct queries)", uncached);
            var repeated = uncached.Requests > distinct.Count;
            if (repeated)
            {
                Console.WriteLine($"[http] WARNING: {uncached.Requests:N0} requests > {distinct.Count:N0} distinct queries: the tail of the uncached run hit the cache");
            }

            var ratio = cached.RequestsPerSecond / bare.RequestsPerSecond;
            await portal.DisposeAsync(); // the Lucene folder has one writer: the next portal opens it

            // The same distinct searches on a portal whose engine keeps no match cache: every search walks
            // the postings, as the first search of new words does.
            await using var cold = new BenchPortal(dataPath, matchCache: false);
            cold.Start();
            var coldUri = (string path) => new Uri(cold.BaseAddress, path);
            await Wrk.RunAsync(coldUri("/bench/bare"), connections, TimeSpan.FromSeconds(3));
            await Wrk.RunAsync(coldUri("/api/search"), connections, TimeSpan.FromSeconds(3), script, warmUpFile, "2");
            var coldRun = await Wrk.RunAsync(coldUri("/api/search"), connections, duration, script, pathsFile, "2");
            Report($"uncached /api/search, engine match cache off ({distinct.Count:N0} distinct queries)", coldRun);

            var allOk = bare.Non2xx + cached.Non2xx + uncached.Non2xx + coldRun.Non2xx == 0;
            return
            [
                new ResultRow($"Bare endpoint /bench/bare, {connections} connections", $"{bare.RequestsPerSecond:N0} req/s (p50 {bare.P50:F2} ms, p99 {bare.P99:F2} ms)", "baseline", null),
                new ResultRow($"Cached GET /api/search (same query), {connections} connections", $"{cached.RequestsPerSecond:N0} req/s = {ratio:P0} of bare (p50 {cached.P50:F2} ms, p99 {cached.P99:F2} ms)", "≥ 50% of bare", ratio >= 0.5),
                new ResultRow($"Uncached GET /api/search (distinct queries), {connections} connections", $"p50 {uncached.P50:F1} ms, p99 {uncached.P99:F1} ms ({uncached.RequestsPerSecond:N0} req/s{(repeated ? ", some repeated" : "")})", "p99 < 30 ms", uncached.P99 < 30 && !repeated),
                new ResultRow($"Uncached GET /api/search, engine match cache off (every search walks the postings), {connections} connections", $"p50 {coldRun.P50:F1} ms, p99 {coldRun.P99:F1} ms ({coldRun.RequestsPerSecond:N0} req/s)", "—", null),
                new ResultRow("Responses other than 2xx in the HTTP runs", (bare.Non2xx + cached.Non2xx + uncached.Non2xx + coldRun.Non2xx).ToString(System.Globalization.CultureInfo.InvariantCulture), "0", allOk),
            ];
        }
    }

    private static void Report(string name, WrkResult result) =>
        Console.WriteLine($"[http] {name}: {result.Requests:N0} requests, {result.RequestsPerSecond:N0} req/s, p50 {result.P50:F2} ms, p99 {result.P99:F2} ms, non-2xx {result.Non2xx}{(result.SocketErrors is null ? "" : ", " + result.SocketErrors)}; {result.Server}");

    /// <summary>The 16 prefectures through <c>POST /api/admin/tenants</c>, as the bureau would create them, so that prefecture filters are valid.</summary>
    private static async Task CreatePrefecturesAsync(HttpClient http)
    {
        using var tokenResponse = await http.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = BenchPortal.ClientId,
            ["client_secret"] = BenchPortal.ClientSecret,
        }));
        var token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString();
        foreach (var prefecture in SyntheticCatalogue.Prefectures)
        {
            using var create = new HttpRequestMessage(HttpMethod.Post, "/api/admin/tenants")
            {
                Content = JsonContent.Create(new { slug = prefecture.Slug, code = prefecture.Code, name = prefecture.Name, nameEn = prefecture.NameEn }),
            };
            create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(create);
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Creating {prefecture.Slug} failed with {(int)response.StatusCode}: {body}");
            }

            prefecture.TenantId = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
        }

        Console.WriteLine($"[http] {SyntheticCatalogue.Prefectures.Length} prefectures created through the admin API");
    }

    private static async Task CheckAsync(HttpClient http, string path, bool expectHits)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {body}");
        }

        if (expectHits && JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt64() == 0)
        {
            throw new InvalidOperationException($"GET {path} found nothing: the index was not filled.");
        }
    }
}
