using System.Net;
using System.Net.Http.Json;
using Xunit;

namespace Portal.Host.Tests;

/// <summary>Creates prefectures with unique slugs and codes, so tests sharing a portal never collide.</summary>
internal static class TestData
{
    private static int _next = 10;

    /// <summary>A Yunnan-shaped code (53xx00) and slug that no other test uses in this run.</summary>
    public static (string Slug, string Code) NewPrefectureIdentity()
    {
        var n = Interlocked.Increment(ref _next);
        // 5330–5398: the fixtures create their prefectures with fixed codes below and above (530100 … 532900, 539900).
        return ($"test-{n}-{Guid.NewGuid().ToString("N")[..6]}", $"53{30 + (n % 69):00}00");
    }

    public static async Task<(string Slug, string Code)> CreatePrefectureAsync(HttpClient host, string name = "测试州", string nameEn = "Test")
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var (slug, code) = NewPrefectureIdentity();
            using var response = await host.PostAsJsonAsync("/api/admin/tenants", new { slug, code, name, nameEn });
            if (response.StatusCode == HttpStatusCode.Created)
            {
                return (slug, code);
            }

            // Codes are scarce (53xx00); another test may hold this one.
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        }

        throw new InvalidOperationException("No free prefecture code left.");
    }
}
