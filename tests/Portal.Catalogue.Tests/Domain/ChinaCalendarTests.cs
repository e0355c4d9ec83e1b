using Microsoft.Extensions.Time.Testing;
using Portal.Catalogue.Domain;
using Xunit;

namespace Portal.Catalogue.Tests.Domain;

public sealed class ChinaCalendarTests
{
    [Fact]
    public void Today_is_the_date_in_China_not_in_UTC()
    {
        // 16:30 UTC on 31 December is 00:30 on 1 January in Kunming.
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 12, 31, 16, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2025, 1, 1), ChinaCalendar.Today(clock));
    }
}
