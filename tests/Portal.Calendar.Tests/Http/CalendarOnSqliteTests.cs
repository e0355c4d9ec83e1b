using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Calendar.Contracts;
using Portal.Testing;
using Xunit;

namespace Portal.Calendar.Tests.Http;

/// <summary>The embedded default (SQLite, no settings): the same migrations' other half, the seed and a replaced year.</summary>
public sealed class CalendarOnSqliteTests
{
    [Fact]
    public async Task The_embedded_database_is_seeded_and_a_year_can_be_replaced_and_read_back()
    {
        await using var app = await PortalApp.StartAsync(settings => settings.UsePostgres = false);
        using var host = await app.CreateHostClientAsync();
        var provider = app.Services.GetRequiredService<IWorkingCalendarProvider>();
        Assert.True((await provider.GetAsync()).IsWorkingDay(new DateOnly(2025, 10, 11)));

        using (var put = await host.PutAsJsonAsync("/api/admin/calendar/2036", new
        {
            days = new[] { new { date = "2036-01-01", kind = "holiday", name = "元旦" } },
        }))
        {
            Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        }

        using var get = await host.GetAsync(new Uri("/api/admin/calendar?year=2036", UriKind.Relative));
        var year = await get.ReadJsonAsync();
        Assert.True(year.GetProperty("configured").GetBoolean());
        Assert.Equal("2036-01-01", year.GetProperty("days")[0].GetProperty("date").GetString());
        Assert.False((await provider.GetAsync()).IsWorkingDay(new DateOnly(2036, 1, 1)));
    }
}
