using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Calendar.Contracts;
using Portal.Testing;
using Xunit;

namespace Portal.Calendar.Tests.Http;

/// <summary>
/// <c>GET/PUT /api/admin/calendar</c> on PostgreSQL: the seeded State Council arrangements, a year
/// replaced whole and seen by <see cref="IWorkingCalendarProvider"/> at once, every bad input a localized
/// 400 that changes nothing, the audit entry, and host-only access.
/// </summary>
public sealed class CalendarApiTests(CalendarFixture fixture) : IClassFixture<CalendarFixture>
{
    private const string ProblemJson = "application/problem+json";
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(30);

    [ServiceFact(Service.Postgres)]
    public async Task The_2025_arrangements_are_seeded_with_National_Day_and_its_two_make_up_days()
    {
        using var host = await fixture.HostAsync();

        var year = await GetYearAsync(host, 2025);

        Assert.True(year.GetProperty("configured").GetBoolean());
        var days = Days(year);
        Assert.Equal(("holiday", "国庆节、中秋节"), days["2025-10-01"]);
        Assert.Equal(("holiday", "国庆节、中秋节"), days["2025-10-08"]);
        Assert.Equal(("make-up-working-day", "国庆节、中秋节调休"), days["2025-09-28"]);
        Assert.Equal(("make-up-working-day", "国庆节、中秋节调休"), days["2025-10-11"]);
        Assert.Equal(("holiday", "春节"), days["2025-01-28"]);
        Assert.DoesNotContain("2025-10-09", days.Keys);
        Assert.Equal(
            days.Keys.Order(StringComparer.Ordinal),
            days.Keys);
    }

    [ServiceFact(Service.Postgres)]
    public async Task The_2026_arrangements_are_seeded_and_an_unknown_year_is_empty_and_not_configured()
    {
        using var host = await fixture.HostAsync();

        var days = Days(await GetYearAsync(host, 2026));
        Assert.Equal(("holiday", "春节"), days["2026-02-15"]);
        Assert.Equal(("holiday", "春节"), days["2026-02-23"]);
        Assert.Equal(("make-up-working-day", "春节调休"), days["2026-02-28"]);
        Assert.Equal(("make-up-working-day", "国庆节调休"), days["2026-10-10"]);
        Assert.Equal(39, days.Count); // 33 days off and 6 make-up working days

        var unknown = await GetYearAsync(host, 2041);
        Assert.False(unknown.GetProperty("configured").GetBoolean());
        Assert.Equal(0, unknown.GetProperty("days").GetArrayLength());
    }

    [ServiceFact(Service.Postgres)]
    public async Task Without_a_year_the_current_year_in_China_is_answered()
    {
        using var host = await fixture.HostAsync();
        using var response = await host.GetAsync(new Uri("/api/admin/calendar", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year, (await response.ReadJsonAsync()).GetProperty("year").GetInt32());
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_replaced_year_is_answered_audited_and_seen_by_the_provider_at_once()
    {
        using var host = await fixture.HostAsync();
        var provider = fixture.App.Services.GetRequiredService<IWorkingCalendarProvider>();
        var friday = new DateTimeOffset(2030, 9, 27, 10, 0, 0, TimeSpan.FromHours(8));

        // Read first, so that the cached calendar (without 2030) is what the PUT must replace.
        Assert.Equal(new DateTimeOffset(2030, 10, 2, 10, 0, 0, TimeSpan.FromHours(8)), (await provider.GetAsync()).AddWorkingDays(friday, 3));

        using var response = await host.PutAsJsonAsync("/api/admin/calendar/2030", new
        {
            days = new object[]
            {
                new { date = "2030-10-01", kind = "holiday", name = " 国庆节 " },
                new { date = "2030-10-02", kind = "holiday", name = "国庆节" },
                new { date = "2030-09-29", kind = "make-up-working-day", name = "国庆节调休" },
            },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answered = await response.ReadJsonAsync();
        Assert.True(answered.GetProperty("configured").GetBoolean());
        Assert.Equal(["2030-09-29", "2030-10-01", "2030-10-02"], Days(answered).Keys);
        Assert.Equal(("holiday", "国庆节"), Days(answered)["2030-10-01"]);
        Assert.Equal(Days(answered), Days(await GetYearAsync(host, 2030)));

        // Sunday 29 is now a working day, 1 and 2 October are not: Mon 30, Sun 29 … → Thu 3.
        var calendar = await provider.GetAsync();
        Assert.True(calendar.IsWorkingDay(new DateOnly(2030, 9, 29)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2030, 10, 1)));
        Assert.Equal(new DateTimeOffset(2030, 10, 3, 10, 0, 0, TimeSpan.FromHours(8)), calendar.AddWorkingDays(friday, 3));

        var audit = await WaitForAuditAsync(host, "?entityType=calendar-year&entityId=2030", 1);
        var entry = audit.GetProperty("items")[0];
        Assert.Equal("calendar-year.replaced", entry.GetProperty("action").GetString());
        Assert.Equal(PortalApp.HostClientId, entry.GetProperty("actorId").GetString());
        var changes = Changes(entry);
        Assert.Equal(("0", "2"), changes["holidays"]);
        Assert.Equal(("0", "1"), changes["makeUpWorkingDays"]);
        Assert.Contains("2030-09-29 make-up-working-day 国庆节调休", changes["added"].New, StringComparison.Ordinal);
    }

    [ServiceFact(Service.Postgres)]
    public async Task An_empty_list_leaves_an_ordinary_year_that_stays_configured()
    {
        using var host = await fixture.HostAsync();
        await PutOkAsync(host, 2031, new { days = new[] { new { date = "2031-01-01", kind = "holiday", name = "元旦" } } });

        await PutOkAsync(host, 2031, new { days = Array.Empty<object>() });

        var year = await GetYearAsync(host, 2031);
        Assert.True(year.GetProperty("configured").GetBoolean());
        Assert.Equal(0, year.GetProperty("days").GetArrayLength());
        Assert.True((await fixture.App.Services.GetRequiredService<IWorkingCalendarProvider>().GetAsync()).IsWorkingDay(new DateOnly(2031, 1, 1)));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Every_bad_day_is_reported_by_field_and_nothing_changes()
    {
        using var host = await fixture.HostAsync();
        var before = Days(await GetYearAsync(host, 2026));

        using var response = await host.PutAsJsonAsync("/api/admin/calendar/2026", new
        {
            days = new object?[]
            {
                new { date = "2026-10-01", kind = "holiday", name = "国庆节" },
                new { date = "2027-01-01", kind = "holiday", name = "元旦" },          // outside the year
                new { date = "2026-10-01", kind = "holiday", name = "国庆节" },        // duplicate
                new { date = "2026-10-09", kind = "make-up-working-day", name = "调休" }, // a Friday
                new { date = "2026-10-02", kind = "holiday", name = "  " },            // no name
                new { date = "2026-10-03", kind = "vacation", name = "国庆节" },       // unknown kind
                new { kind = "holiday", name = "国庆节" },                             // no date
                new { date = "2026-10-04", kind = "holiday", name = new string('节', 41) },
                null,
            },
        });

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(
            ["days[1].date", "days[2].date", "days[3].kind", "days[4].name", "days[5].kind", "days[6].date", "days[7].name", "days[8]"],
            FieldsWithErrors(problem));
        Assert.Contains("2027-01-01", Error(problem, "days[1].date"), StringComparison.Ordinal);
        Assert.Contains("星期六或星期日", Error(problem, "days[3].kind"), StringComparison.Ordinal);
        Assert.Equal(before, Days(await GetYearAsync(host, 2026)));
        Assert.False((await fixture.App.Services.GetRequiredService<IWorkingCalendarProvider>().GetAsync()).IsWorkingDay(new DateOnly(2026, 10, 2)));
    }

    [ServiceFact(Service.Postgres)]
    public async Task Errors_speak_English_when_asked()
    {
        using var host = await fixture.HostAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/admin/calendar/2032")
        {
            Content = JsonContent.Create(new { days = new[] { new { date = "2032-03-03", kind = "make-up-working-day", name = "调休" } } }),
        };
        request.Headers.AcceptLanguage.ParseAdd("en");

        using var response = await host.SendAsync(request);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(
            "2032-03-03 is not a Saturday or Sunday: a make-up working day can only be a weekend day.",
            Error(problem, "days[0].kind"));
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_year_out_of_range_a_missing_list_and_malformed_json_are_400s()
    {
        using var host = await fixture.HostAsync();

        using (var farYear = await host.PutAsJsonAsync("/api/admin/calendar/1999", new { days = Array.Empty<object>() }))
        {
            Assert.Equal(["year"], FieldsWithErrors(await AssertProblemAsync(farYear, HttpStatusCode.BadRequest)));
        }

        using (var farGet = await host.GetAsync(new Uri("/api/admin/calendar?year=2101", UriKind.Relative)))
        {
            Assert.Equal(["year"], FieldsWithErrors(await AssertProblemAsync(farGet, HttpStatusCode.BadRequest)));
        }

        using (var notAYear = await host.GetAsync(new Uri("/api/admin/calendar?year=next", UriKind.Relative)))
        {
            await AssertProblemAsync(notAYear, HttpStatusCode.BadRequest);
        }

        using (var noList = await host.PutAsJsonAsync("/api/admin/calendar/2033", new { }))
        {
            Assert.Equal(["days"], FieldsWithErrors(await AssertProblemAsync(noList, HttpStatusCode.BadRequest)));
        }

        using (var badDate = await host.PutAsync(
            new Uri("/api/admin/calendar/2033", UriKind.Relative),
            new StringContent("""{ "days": [ { "date": "2033-02-30", "kind": "holiday", "name": "x" } ] }""", Encoding.UTF8, "application/json")))
        {
            await AssertProblemAsync(badDate, HttpStatusCode.BadRequest);
        }

        Assert.False((await GetYearAsync(host, 2033)).GetProperty("configured").GetBoolean());
    }

    [ServiceFact(Service.Postgres)]
    public async Task A_prefecture_or_a_host_client_without_the_permission_gets_403_and_anonymous_401()
    {
        using var prefecture = await fixture.App.CreateClientForAsync(fixture.PrefectureClient.Id, fixture.PrefectureClient.Secret);
        using var narrow = await fixture.App.CreateClientForAsync(fixture.NarrowHostClient.Id, fixture.NarrowHostClient.Secret);
        using var anonymous = fixture.App.CreateClient();
        var body = new { days = Array.Empty<object>() };

        foreach (var caller in new[] { prefecture, narrow })
        {
            using var get = await caller.GetAsync(new Uri("/api/admin/calendar?year=2026", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
            using var put = await caller.PutAsJsonAsync("/api/admin/calendar/2026", body);
            Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        }

        using (var anonymousPut = await anonymous.PutAsJsonAsync("/api/admin/calendar/2026", body))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymousPut.StatusCode);
        }

        using var host = await fixture.HostAsync();
        Assert.Equal(39, Days(await GetYearAsync(host, 2026)).Count);
    }

    private static async Task PutOkAsync(HttpClient client, int year, object body)
    {
        using var response = await client.PutAsJsonAsync($"/api/admin/calendar/{year}", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> GetYearAsync(HttpClient client, int year)
    {
        using var response = await client.GetAsync(new Uri($"/api/admin/calendar?year={year}", UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var json = await response.ReadJsonAsync();
        Assert.Equal(year, json.GetProperty("year").GetInt32());
        return json;
    }

    /// <summary>date → (kind, name), in the order answered.</summary>
    private static Dictionary<string, (string Kind, string Name)> Days(JsonElement year) =>
        year.GetProperty("days").EnumerateArray().ToDictionary(
            day => day.GetProperty("date").GetString()!,
            day => (day.GetProperty("kind").GetString()!, day.GetProperty("name").GetString()!));

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string[] FieldsWithErrors(JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    private static string Error(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    private static async Task<JsonElement> WaitForAuditAsync(HttpClient client, string query, int count)
    {
        var deadline = DateTime.UtcNow + DeliveryTimeout;
        while (true)
        {
            using var response = await client.GetAsync(new Uri("/api/admin/audit" + query, UriKind.Relative));
            var page = await response.ReadJsonAsync();
            if (response.IsSuccessStatusCode && page.GetProperty("total").GetInt32() >= count)
            {
                return page;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Fewer than {count} audit entries for {query} within {DeliveryTimeout.TotalSeconds} s; last answer: {page}");
            await Task.Delay(100);
        }
    }

    private static Dictionary<string, (string? Old, string? New)> Changes(JsonElement entry) =>
        entry.GetProperty("changes").EnumerateArray().ToDictionary(
            c => c.GetProperty("field").GetString()!,
            c => (c.GetProperty("old").GetString(), c.GetProperty("new").GetString()));
}
