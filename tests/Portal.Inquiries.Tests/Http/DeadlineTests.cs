using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Inquiries.Deadlines;
using Portal.Testing;
using Xunit;
using static Portal.Inquiries.Tests.Http.InquiryApi;

namespace Portal.Inquiries.Tests.Http;

/// <summary>
/// Deadlines in working days on the host's calendar, in China Standard Time: the 2026 National Day holiday
/// (1–7 October) stops the clock and its make-up Saturday (10 October) runs it; waiting for the enterprise
/// pauses it; a missed deadline is escalated once to the prefecture's admin. The clock is moved by the test.
/// </summary>
public sealed class DeadlineTests
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);

    private sealed class FakeClockPortal(PortalAppSettings settings, FakeTimeProvider clock) : PortalApp(settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
        }
    }

    [ServiceFact(Service.Postgres)]
    public async Task Deadlines_skip_the_National_Day_holiday_count_its_make_up_Saturday_pause_while_waiting_and_escalate_once()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 30, 10, 0, 0, Cst).ToUniversalTime());
        var settings = new PortalAppSettings();
        settings.Settings["Inquiries:Intake:RateLimit"] = "1000";
        await using var app = new FakeClockPortal(settings, clock);
        await app.InitializeDatabaseAsync();
        var adminEmail = $"qujing-admin-{Guid.NewGuid():N}@example.com";
        using (var host = await app.CreateHostClientAsync())
        {
            using var created = await host.PostAsJsonAsync("/api/admin/tenants", new { slug = "qujing", code = "530300", name = "曲靖市", nameEn = "Qujing", adminEmail });
            await ExpectAsync(created, HttpStatusCode.Created);
        }

        await WaitForMailsAsync(app, adminEmail, 1); // the first admin's invitation

        // Wednesday 30 September 10:00: routing is due one working day later, after the holiday: Thursday 8 October 10:00.
        using var anonymous = app.CreateClient();
        var code = await SubmitAsync(anonymous, Inquiry("国庆测试装备有限公司"));
        using (var host = await app.CreateHostClientAsync())
        {
            var id = await IdOfAsync(host, code);
            var route = Deadline(await GetAsync(host, $"/api/admin/inquiries/{id}"), "route");
            Assert.Equal(new DateTimeOffset(2026, 10, 8, 10, 0, 0, Cst), route.GetProperty("dueAt").GetDateTimeOffset());

            // Late on the last holiday it is not overdue yet.
            clock.SetUtcNow(new DateTimeOffset(2026, 10, 7, 23, 0, 0, Cst).ToUniversalTime());
            using var late = await app.CreateHostClientAsync();
            Assert.DoesNotContain((await GetAsync(late, "/api/admin/inquiries?overdue=true&pageSize=100")).GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);

            // Routed Thursday 8 October 09:00: first contact within 3 working days is Friday, the make-up Saturday, then Monday 12 October 09:00.
            clock.SetUtcNow(new DateTimeOffset(2026, 10, 8, 9, 0, 0, Cst).ToUniversalTime());
            using var bureau = await app.CreateHostClientAsync();
            var routed = await PostAsync(bureau, $"/api/admin/inquiries/{id}/route", new { prefectures = new[] { "qujing" } });
            Assert.Equal(new DateTimeOffset(2026, 10, 12, 9, 0, 0, Cst), Deadline(routed, "first-contact").GetProperty("dueAt").GetDateTimeOffset());
            Assert.NotNull(Deadline(routed, "route").GetProperty("metAt").GetString());

            // Waiting for the enterprise from Friday 09:00 to 21:00 moves it by those 12 working hours.
            clock.SetUtcNow(new DateTimeOffset(2026, 10, 9, 9, 0, 0, Cst).ToUniversalTime());
            using (var forQujing = await app.CreateHostClientAsync("qujing"))
            {
                var paused = await PostAsync(forQujing, $"/api/admin/inquiries/{id}/waiting", new { waiting = true, reason = "等待企业补充用地需求" });
                Assert.True(Deadline(paused, "first-contact").GetProperty("paused").GetBoolean());
            }

            clock.SetUtcNow(new DateTimeOffset(2026, 10, 9, 21, 0, 0, Cst).ToUniversalTime());
            using (var forQujing = await app.CreateHostClientAsync("qujing"))
            {
                var resumed = await PostAsync(forQujing, $"/api/admin/inquiries/{id}/waiting", new { waiting = false });
                Assert.Equal(new DateTimeOffset(2026, 10, 12, 21, 0, 0, Cst), Deadline(resumed, "first-contact").GetProperty("dueAt").GetDateTimeOffset());
                Assert.Contains(Timeline(resumed), e => e.GetProperty("kind").GetString() == "waiting-started" && e.GetProperty("text").GetString() == "等待企业补充用地需求");
            }

            // Monday 22:00: overdue, escalated once to Qujing's admin, recorded in the timeline.
            clock.SetUtcNow(new DateTimeOffset(2026, 10, 12, 22, 0, 0, Cst).ToUniversalTime());
            using var monday = await app.CreateHostClientAsync();
            var overdue = (await GetAsync(monday, "/api/admin/inquiries?overdue=true&pageSize=100")).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);
            Assert.Equal("first-contact", overdue.GetProperty("nextDeadline").GetProperty("step").GetString());
            Assert.True(overdue.GetProperty("overdue").GetBoolean());

            await EscalateAsync(app);
            await EscalateAsync(app);
            var escalated = Timeline(await GetAsync(monday, $"/api/admin/inquiries/{id}")).Where(e => e.GetProperty("kind").GetString() == "escalated").ToList();
            var entry = Assert.Single(escalated);
            Assert.Equal("first-contact", entry.GetProperty("data").GetProperty("step").GetString());
            Assert.Equal("qujing", entry.GetProperty("prefectureSlug").GetString());
            await WaitForMailsAsync(app, adminEmail, 2);
        }
    }

    private static System.Text.Json.JsonElement Deadline(System.Text.Json.JsonElement detail, string step) =>
        detail.GetProperty("deadlines").EnumerateArray()
            .Concat(detail.GetProperty("cases").EnumerateArray().SelectMany(c => c.GetProperty("deadlines").EnumerateArray()))
            .Single(d => d.GetProperty("step").GetString() == step);

    private static async Task EscalateAsync(PortalApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DeadlineEscalator>().EscalateDueAsync(CancellationToken.None);
    }

    /// <summary>Polls the mail pickup folder until <paramref name="count"/> mails to <paramref name="address"/> are there.</summary>
    private static async Task WaitForMailsAsync(PortalApp app, string address, int count)
    {
        var folder = Path.Combine(app.DataPath, "mail-pickup");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var found = 0;
        while (DateTime.UtcNow < deadline)
        {
            found = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.eml").Count(file => File.ReadAllText(file).Contains("To: " + address, StringComparison.OrdinalIgnoreCase))
                : 0;
            if (found >= count)
            {
                Assert.Equal(count, found);
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Expected {count} mails to {address}, found {found}.");
    }
}
