using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Portal.Calendar.Contracts;
using Portal.Calendar.Persistence;

namespace Portal.Calendar.Provider;

/// <summary>
/// Every year's exception days, read once and cached as one small snapshot (a few dozen days per year).
/// The cache holds the plain list, which serializes to Redis; the calendar is rebuilt from it per call,
/// which is cheap. A change through <see cref="ICalendarAdministration"/> removes the entry on this node
/// and in Redis; other nodes' local copies follow within the local cache lifetime.
/// </summary>
internal sealed class CachedWorkingCalendarProvider(HybridCache cache, IServiceScopeFactory scopes) : IWorkingCalendarProvider
{
    private const string CacheKey = "calendar:exception-days:v1";

    public async ValueTask<WorkingCalendar> GetAsync(CancellationToken cancellationToken = default)
    {
        var days = await cache.GetOrCreateAsync(CacheKey, LoadAsync, cancellationToken: cancellationToken);
        return new WorkingCalendar(days);
    }

    public ValueTask InvalidateAsync(CancellationToken cancellationToken = default) => cache.RemoveAsync(CacheKey, cancellationToken);

    private async ValueTask<CalendarExceptionDay[]> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CalendarDbContext>();
        var years = await db.Years.AsNoTracking().ToListAsync(cancellationToken);
        return [.. years.SelectMany(year => year.Days).OrderBy(day => day.Date)];
    }
}
