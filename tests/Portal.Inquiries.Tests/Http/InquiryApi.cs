using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Inquiries.Domain.Enterprises;
using Portal.Testing;
using Xunit;

namespace Portal.Inquiries.Tests.Http;

/// <summary>Bodies and calls of the inquiry API, as an outside client sends them.</summary>
internal static class InquiryApi
{
    private static int _next = 1000;

    /// <summary>A valid credit code of a Shenzhen company, different on every call.</summary>
    public static string NewCreditCode(string division = "440300")
    {
        var n = Interlocked.Increment(ref _next);
        var first17 = $"91{division}MA5F{n:00000}";
        return first17 + CreditCode.ComputeCheckCharacter(first17);
    }

    public static string NewMobile() => $"139{Interlocked.Increment(ref _next) % 100_000_000:00000000}";

    public static Dictionary<string, object?> Inquiry(string? enterprise = null, string? email = null, string? creditCode = null) => new()
    {
        ["enterpriseName"] = enterprise ?? $"深圳市测试装备有限公司{Interlocked.Increment(ref _next)}",
        ["creditCode"] = creditCode ?? NewCreditCode(),
        ["province"] = "广东省",
        ["contactName"] = "陈志强",
        ["mobile"] = NewMobile(),
        ["email"] = email ?? $"contact{Interlocked.Increment(ref _next)}@example.com",
        ["chain"] = "equipment-manufacturing",
        ["investmentWan"] = 80000m,
        ["landMu"] = 200m,
        ["powerKw"] = 5000m,
        ["prefectures"] = new[] { "qujing" },
        ["message"] = "拟建设工业机器人生产基地，希望了解园区用地和电价。",
        ["consent"] = true,
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string field, object? value)
    {
        var copy = new Dictionary<string, object?>(body) { [field] = value };
        return copy;
    }

    public static async Task<string> SubmitAsync(HttpClient anonymous, Dictionary<string, object?> body, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/inquiries") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        using var response = await anonymous.SendAsync(request);
        var json = await ExpectAsync(response, HttpStatusCode.Created);
        return json.GetProperty("trackingCode").GetString()!;
    }

    /// <summary>The inquiry's id, found by its tracking code in the bureau's inbox.</summary>
    public static async Task<Guid> IdOfAsync(HttpClient host, string trackingCode)
    {
        var page = await GetAsync(host, $"/api/admin/inquiries?q={trackingCode}");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        return page.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return await ExpectAsync(response, HttpStatusCode.OK);
    }

    public static async Task<JsonElement> PostAsync(HttpClient client, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        return await ExpectAsync(response, expected);
    }

    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode} {text}");
        if ((int)expected >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        return string.IsNullOrEmpty(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static IReadOnlyList<string> FieldsWithErrors(JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    public static IEnumerable<JsonElement> Timeline(JsonElement detail) => detail.GetProperty("timeline").EnumerateArray();
}
