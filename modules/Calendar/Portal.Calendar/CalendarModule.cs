using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.BuildingBlocks.Modules;
using Portal.BuildingBlocks.Outbox;
using Portal.BuildingBlocks.Persistence;
using Portal.Calendar.Administration;
using Portal.Calendar.Contracts;
using Portal.Calendar.Features.GetCalendarYear;
using Portal.Calendar.Features.ReplaceCalendarYear;
using Portal.Calendar.Persistence;
using Portal.Calendar.Provider;
using Portal.Calendar.Seeding;
using Portal.Identity.Contracts;

namespace Portal.Calendar;

/// <summary>
/// The working calendar every deadline is counted on: Chinese public holidays and make-up working days,
/// host-owned data that the host administrator updates when the State Council publishes a new year.
/// Other modules ask <see cref="IWorkingCalendarProvider"/>.
/// </summary>
public sealed class CalendarModule : IModule
{
    /// <summary>
    /// Keeping the calendar is host reference data like the industry-chain taxonomy, so it takes the
    /// host-only taxonomy permission (held by the host admin) rather than a permission of its own.
    /// </summary>
    public const string ManagePermission = Permissions.TaxonomyManage;

    public string Name => CalendarDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CalendarDbContext, SqliteCalendarDbContext, PostgresCalendarDbContext>(configuration, Name);
        services.AddOutboxDispatcher<CalendarDbContext>();
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CachedWorkingCalendarProvider>();
        services.AddSingleton<IWorkingCalendarProvider>(provider => provider.GetRequiredService<CachedWorkingCalendarProvider>());
        services.AddScoped<ICalendarAdministration, CalendarAdministration>();
        services.AddSingleton<IDataSeeder, OfficialHolidaySeeder>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var calendar = endpoints.MapGroup("/api/admin/calendar")
            .RequireAuthorization(ManagePermission)
            .WithTags("Calendar");
        GetCalendarYearEndpoint.Map(calendar);
        ReplaceCalendarYearEndpoint.Map(calendar);
    }
}
