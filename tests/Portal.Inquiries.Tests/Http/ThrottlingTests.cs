using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Inquiries.Persistence;
using Portal.Testing;
using Xunit;
using static Portal.Inquiries.Tests.Http.InquiryApi;

namespace Portal.Inquiries.Tests.Http;

/// <summary>A burst from one address is throttled (429 with Retry-After) and never loses an accepted inquiry.</summary>
public sealed class ThrottlingTests
{
    public static TheoryData<bool> Stores() => new() { false, true };

    [ServiceTheory(Service.Postgres, Service.Redis)]
    [MemberData(nameof(Stores))]
    public async Task A_burst_from_one_address_is_throttled_and_every_accepted_inquiry_is_kept(bool redis)
    {
        await using var app = await PortalApp.StartAsync(settings =>
        {
            settings.UseRedis = redis;
            settings.Settings["Inquiries:Intake:RateLimit"] = "3";
        });
        using var anonymous = app.CreateClient();
        var prefix = $"限流测试公司{Guid.NewGuid():N}"[..14];
        var answers = new List<(HttpStatusCode Status, string? Code, string? RetryAfter)>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await anonymous.PostAsJsonAsync("/api/inquiries", Inquiry($"{prefix}{i}").With("prefectures", null));
            var json = await response.Content.ReadAsStringAsync();
            answers.Add((response.StatusCode, response.StatusCode == HttpStatusCode.Created ? System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("trackingCode").GetString() : null,
                response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }

        Assert.Equal(3, answers.Count(a => a.Status == HttpStatusCode.Created));
        Assert.All(answers.Skip(3), a => Assert.Equal(HttpStatusCode.TooManyRequests, a.Status));
        Assert.All(answers.Skip(3), a => Assert.True(double.Parse(a.RetryAfter!, System.Globalization.CultureInfo.InvariantCulture) > 0));

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InquiriesDbContext>();
        var stored = await db.Inquiries.Where(i => i.EnterpriseName.StartsWith(prefix)).Select(i => i.TrackingCode).ToListAsync();
        Assert.Equal(answers.Where(a => a.Code is not null).Select(a => a.Code!).Order(), stored.Order());
    }
}
