using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Calendar.Contracts;
using Portal.Testing;
using Xunit;

namespace Portal.Calendar.Tests.Http;

/// <summary>
/// With Redis behind the cache, the cached calendar goes through serialization: it must come back whole,
/// and a replaced year must drop it there too.
/// </summary>
public sealed class CalendarWithRedisTests
{
    [ServiceFact(Service.Postgres, Service.Redis)]
    public async Task The_cached_calendar_survives_Redis_and_is_dropped_by_a_replaced_year()
    {
        await using var app = await PortalApp.StartAsync(settings => settings.UseRedis = true);
        using var host = await app.CreateHostClientAsync();
        var provider = app.Services.GetRequiredService<IWorkingCalendarProvider>();

        var seeded = await provider.GetAsync();
        Assert.Equal(33 + 39, seeded.ExceptionDays.Count);
        Assert.Equal("国庆节、中秋节调休", seeded.FindException(new DateOnly(2025, 10, 11))?.Name);
        Assert.Equal(CalendarDayKind.MakeUpWorkingDay, seeded.FindException(new DateOnly(2025, 10, 11))?.Kind);

        using (var put = await host.PutAsJsonAsync("/api/admin/calendar/2037", new
        {
            days = new[] { new { date = "2037-10-01", kind = "holiday", name = "国庆节" } },
        }))
        {
            Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        }

        var updated = await provider.GetAsync();
        Assert.False(updated.IsWorkingDay(new DateOnly(2037, 10, 1)));
        Assert.Equal(33 + 39 + 1, updated.ExceptionDays.Count);
    }
}
