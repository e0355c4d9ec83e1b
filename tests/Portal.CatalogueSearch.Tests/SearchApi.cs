using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Portal.CatalogueSearch.Tests;

/// <summary>Catalogue bodies and the search calls the tests make, as an outside client makes them.</summary>
internal static class SearchApi
{
    public const string ProblemJson = "application/problem+json";

    /// <summary>Eventual consistency: how long an outbox event may take to reach the index in a test.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    public static Dictionary<string, object?> Park(string name, string description = "<p>园区简介。</p>", params string[] chains) => new()
    {
        ["name"] = name,
        ["kind"] = "economic-development-zone",
        ["level"] = "national",
        ["county"] = "麒麟区",
        ["address"] = "麒麟区开发区大道 1 号",
        ["latitude"] = 25.452m,
        ["longitude"] = 103.821m,
        ["plannedAreaMu"] = 120000m,
        ["availableLandMu"] = 6800m,
        ["landPriceWanPerMu"] = 18m,
        ["powerPriceYuanPerKwh"] = 0.36m,
        ["logistics"] = "距高铁站约 10 公里",
        ["chains"] = chains.Length > 0 ? chains : new[] { "new-materials" },
        ["notableEnterprises"] = Array.Empty<string>(),
        ["description"] = description,
        ["contacts"] = Array.Empty<object>(),
    };

    public static Dictionary<string, object?> Policy(string title, string documentNumber, string body = "<p>第一条 用地保障。</p>") => new()
    {
        ["title"] = title,
        ["issuer"] = "测试市人民政府",
        ["documentNumber"] = documentNumber,
        ["level"] = "prefecture",
        ["chains"] = new[] { "new-energy-battery" },
        ["parks"] = Array.Empty<Guid>(),
        ["incentiveKinds"] = new[] { "land" },
        ["effectiveFrom"] = "2024-01-01",
        ["effectiveTo"] = "2030-12-31",
        ["body"] = body,
    };

    public static Dictionary<string, object?> Project(string name) => new()
    {
        ["name"] = name,
        ["chain"] = "new-energy-battery",
        ["investmentWan"] = 50000m,
        ["cooperationMode"] = "joint-venture",
        ["description"] = "<p>项目说明。</p>",
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string field, object? value) =>
        new(body) { [field] = value };

    public static async Task<JsonElement> CreateAsync(HttpClient client, string items, object body)
    {
        using var response = await client.PostAsJsonAsync($"/api/admin/{items}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<Guid> CreateIdAsync(HttpClient client, string items, object body) =>
        (await CreateAsync(client, items, body)).GetProperty("id").GetGuid();

    /// <summary>Creates an item and publishes it.</summary>
    public static async Task<Guid> PublishNewAsync(HttpClient client, string items, object body)
    {
        var id = await CreateIdAsync(client, items, body);
        await ActAsync(client, items, id, "publish");
        return id;
    }

    /// <summary><c>POST /api/admin/{items}/{id}/{action}</c> (publish, unpublish, archive), expecting 200.</summary>
    public static async Task ActAsync(HttpClient client, string items, Guid id, string action)
    {
        using var response = await client.PostAsync(new Uri($"/api/admin/{items}/{id}/{action}", UriKind.Relative), null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task DeleteAsync(HttpClient client, string items, Guid id)
    {
        using var response = await client.DeleteAsync(new Uri($"/api/admin/{items}/{id}", UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"delete: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<JsonElement> SearchAsync(HttpClient client, string query) => GetJsonAsync(client, "/api/search?" + query);

    public static string Q(string text) => "q=" + Uri.EscapeDataString(text);

    public static Guid[] Ids(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    /// <summary>Polls <paramref name="probe"/> until it holds or <see cref="Deadline"/> passes; returns the last answer.</summary>
    public static async Task<JsonElement> EventuallyAsync(Func<Task<JsonElement>> search, Func<JsonElement, bool> probe, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var page = await search();
            if (probe(page))
            {
                return page;
            }

            if (clock.Elapsed > Deadline)
            {
                Assert.Fail($"{what}: not within {Deadline.TotalSeconds} s. Last answer: {page}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Asserts an RFC 9457 answer with the given status and returns its body.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    public static string[] FieldsWithErrors(JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
}
