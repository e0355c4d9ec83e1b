using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Testing;
using Xunit;

namespace Portal.Catalogue.Tests.Http;

/// <summary>Request bodies and the calls the HTTP tests make over and over, as an outside client makes them.</summary>
internal static class CatalogueApi
{
    public const string ProblemJson = "application/problem+json";

    public static Dictionary<string, object?> Park(string name = "曲靖经济技术开发区") => new()
    {
        ["name"] = name,
        ["kind"] = "economic-development-zone",
        ["level"] = "national",
        ["county"] = "麒麟区",
        ["address"] = "曲靖市麒麟区",
        ["latitude"] = 25.452m,
        ["longitude"] = 103.821m,
        ["plannedAreaMu"] = 120000m,
        ["availableLandMu"] = 6800m,
        ["landPriceWanPerMu"] = 18m,
        ["powerPriceYuanPerKwh"] = 0.36m,
        ["waterSupply"] = "日供水 10 万吨",
        ["gasSupply"] = "管道天然气",
        ["logistics"] = "距曲靖北站约 10 公里",
        ["chains"] = new[] { "new-energy-battery", "new-materials" },
        ["notableEnterprises"] = new[] { "某电池企业" },
        ["description"] = "<p>国家级经开区。</p>",
        ["contacts"] = new[] { new { name = "招商局", role = "招商科", phone = "0874-3100000", email = "invest@example.org" } },
    };

    public static Dictionary<string, object?> Policy(string title = "支持新能源电池产业若干措施", string documentNumber = "曲政发〔2024〕6号", params Guid[] parks) => new()
    {
        ["title"] = title,
        ["issuer"] = "曲靖市人民政府",
        ["documentNumber"] = documentNumber,
        ["level"] = "prefecture",
        ["chains"] = new[] { "new-energy-battery" },
        ["parks"] = parks,
        ["incentiveKinds"] = new[] { "land", "power", "subsidy" },
        ["effectiveFrom"] = "2024-01-01",
        ["effectiveTo"] = "2030-12-31",
        ["body"] = "<h3>第一条</h3><p>用地保障。</p>",
    };

    public static Dictionary<string, object?> Project(string name = "磷酸铁锂正极材料项目", Guid? park = null) => new()
    {
        ["name"] = name,
        ["chain"] = "new-energy-battery",
        ["park"] = park,
        ["investmentWan"] = 200000m,
        ["cooperationMode"] = "sole",
        ["description"] = "<p>年产 10 万吨。</p>",
        ["contact"] = new { name = "招商局", email = "invest@example.org" },
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string field, object? value)
    {
        var copy = new Dictionary<string, object?>(body) { [field] = value };
        return copy;
    }

    public static async Task<JsonElement> CreateAsync(HttpClient client, string items, object body)
    {
        using var response = await client.PostAsJsonAsync($"/api/admin/{items}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<Guid> CreateIdAsync(HttpClient client, string items, object body) =>
        (await CreateAsync(client, items, body)).GetProperty("id").GetGuid();

    /// <summary><c>POST /api/admin/{items}/{id}/{action}</c> (publish, unpublish, archive), expecting 200.</summary>
    public static async Task<JsonElement> ActAsync(HttpClient client, string items, Guid id, string action)
    {
        using var response = await client.PostAsync(new Uri($"/api/admin/{items}/{id}/{action}", UriKind.Relative), null);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<HttpStatusCode> StatusOfAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
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

    public static string[] Names(JsonElement page, string property = "name") =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty(property).GetString()!)];
}
