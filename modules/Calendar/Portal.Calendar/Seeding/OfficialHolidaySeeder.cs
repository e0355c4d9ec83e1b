using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.BuildingBlocks.Modules;
using Portal.Calendar.Domain;
using Portal.Calendar.Persistence;

namespace Portal.Calendar.Seeding;

/// <summary>
/// Puts the published arrangements (<see cref="OfficialHolidayArrangements"/>) in place on every start,
/// demo data or not: deadlines are wrong without them. Adds only the years that have no row yet, so a
/// year the host corrected (or emptied) stays as the host left it.
/// </summary>
internal sealed class OfficialHolidaySeeder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OfficialHolidaySeeder> logger) : IDataSeeder
{
    /// <summary>Needs nothing else; before the demo inquiries (whose deadlines use it).</summary>
    public int Order => 150;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CalendarDbContext>();
        var existing = (await db.Years.Select(y => y.Year).ToListAsync(cancellationToken)).ToHashSet();
        var missing = OfficialHolidayArrangements.All
            .GroupBy(day => day.Date.Year)
            .Where(year => !existing.Contains(year.Key))
            .ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var year in missing)
        {
            db.Years.Add(CalendarYear.Create(year.Key, year, now));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Seeded the official holiday arrangements of {Years}", string.Join(", ", missing.Select(y => y.Key)));
        }
        catch (DbUpdateException)
        {
            // Another node starting at the same moment seeded them first: fine if every year is there now.
            db.ChangeTracker.Clear();
            var years = await db.Years.Select(y => y.Year).ToListAsync(CancellationToken.None);
            if (missing.Any(year => !years.Contains(year.Key)))
            {
                throw;
            }
        }
    }
}
