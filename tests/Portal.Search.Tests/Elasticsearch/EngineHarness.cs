using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Search.Elasticsearch;

namespace Portal.Search.Tests.Elasticsearch;

/// <summary>The Elasticsearch engine wired to a recording transport with canned answers; no server involved.</summary>
internal sealed class EngineHarness
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 30, 15, 123, TimeSpan.Zero);

    /// <summary>The index name the engine derives from <see cref="Now"/>.</summary>
    public const string NewIndex = "portal-catalogue-20261125083015123";

    public const string Alias = "portal-catalogue";

    private readonly Dictionary<string, CannedResponse> answers = new(StringComparer.Ordinal);

    public EngineHarness(ElasticsearchOptions? options = null)
    {
        Options = options ?? new ElasticsearchOptions { Url = "http://es.test:9200" };
        Invoker = new RecordingRequestInvoker(Answer);
        var settings = ElasticsearchSearchSetup.CreateClientSettings(Options, Invoker)
            .DisableDirectStreaming()
            .OnRequestCompleted(Invoker.Record);
        Engine = new ElasticsearchSearchIndex(new ElasticsearchClient(settings), Options, new FixedTime(Now), NullLogger<ElasticsearchSearchIndex>.Instance);

        // By default the alias exists, so the engine creates nothing.
        On("HEAD", $"/_alias/{Alias}", new CannedResponse(200, ""));
    }

    public ElasticsearchOptions Options { get; }

    public RecordingRequestInvoker Invoker { get; }

    public ElasticsearchSearchIndex Engine { get; }

    public List<RecordedRequest> Requests => Invoker.Requests;

    /// <summary>Answers <paramref name="method"/> on <paramref name="path"/> (exact path, without query string).</summary>
    public EngineHarness On(string method, string path, CannedResponse response)
    {
        answers[$"{method} {path}"] = response;
        return this;
    }

    public RecordedRequest Single(string method, string path) =>
        Assert.Single(Requests, request => request.Method == method && request.Path == path);

    /// <summary>The answer to <c>GET _alias/{alias}</c> when the alias points at <paramref name="indices"/>.</summary>
    public static CannedResponse AliasPointsAt(params string[] indices)
    {
        var body = new JsonObject();
        foreach (var index in indices)
        {
            body[index] = new JsonObject { ["aliases"] = new JsonObject { [Alias] = new JsonObject() } };
        }

        return new CannedResponse(200, body.ToJsonString());
    }

    public static JsonNode Json(RecordedRequest request) => JsonNode.Parse(request.Body)!;

    /// <summary>The NDJSON lines of a bulk body, each parsed.</summary>
    public static List<JsonNode> Lines(RecordedRequest request) =>
        request.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!).ToList();

    private CannedResponse? Answer(string method, string path) =>
        answers.TryGetValue($"{method} {path}", out var response) ? response : null;

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

/// <summary>Catalogue items used across the request tests.</summary>
internal static class SampleDocuments
{
    public static readonly Guid Qujing = Guid.Parse("11111111-1111-1111-1111-111111111111");

    public static readonly Guid Park = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");

    public static readonly Guid Policy = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000002");

    public static SearchDocument AluminiumPark() => new()
    {
        Kind = SearchKind.Park,
        ItemId = Park,
        TenantId = Qujing,
        Prefecture = "qujing",
        PrefectureName = "曲靖市",
        PrefectureNameEn = "Qujing",
        Title = "曲靖绿色铝产业园",
        Keywords = ["沾益区", "国家级"],
        Body = "园区以绿色铝为主导产业，水电铝一体化。",
        Chains = ["green-aluminium"],
        Level = "national",
        AvailableLandMu = 1200.5m,
        LandPriceWanPerMu = 8.5m,
        PowerPriceYuanPerKwh = 0.35m,
        PublishedAt = new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero),
        Url = $"/t/qujing/parks/{Park}",
    };

    public static SearchDocument SubsidyPolicy() => new()
    {
        Kind = SearchKind.Policy,
        ItemId = Policy,
        TenantId = Qujing,
        Prefecture = "qujing",
        PrefectureName = "曲靖市",
        Title = "曲靖市新能源电池产业扶持办法",
        Body = "对新落户的电池企业给予电价补贴。",
        Chains = ["new-energy-battery"],
        Level = "municipal",
        EffectiveFrom = new DateOnly(2026, 1, 1),
        EffectiveTo = null,
        PublishedAt = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero),
        Url = $"/t/qujing/policies/{Policy}",
    };
}
