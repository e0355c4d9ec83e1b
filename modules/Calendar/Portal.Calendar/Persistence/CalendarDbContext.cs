using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Persistence;
using Portal.Calendar.Domain;

namespace Portal.Calendar.Persistence;

/// <summary>Host-owned data only: no entity here is <c>IMultiTenant</c>, every prefecture shares one calendar.</summary>
internal class CalendarDbContext(DbContextOptions options, ICurrentTenant currentTenant)
    : ModuleDbContext(options, currentTenant)
{
    public const string SchemaName = "calendar";

    public override string Schema => SchemaName;

    public DbSet<CalendarYear> Years => Set<CalendarYear>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new CalendarYearConfiguration());
}

/// <summary>Carries the SQLite migrations; the code asks for <see cref="CalendarDbContext"/>.</summary>
internal sealed class SqliteCalendarDbContext(DbContextOptions<SqliteCalendarDbContext> options, ICurrentTenant currentTenant)
    : CalendarDbContext(options, currentTenant);

/// <summary>Carries the PostgreSQL migrations; the code asks for <see cref="CalendarDbContext"/>.</summary>
internal sealed class PostgresCalendarDbContext(DbContextOptions<PostgresCalendarDbContext> options, ICurrentTenant currentTenant)
    : CalendarDbContext(options, currentTenant);

internal sealed class SqliteCalendarDbContextFactory : IDesignTimeDbContextFactory<SqliteCalendarDbContext>
{
    public SqliteCalendarDbContext CreateDbContext(string[] args) =>
        new(DesignTimeContextOptions.Sqlite<SqliteCalendarDbContext>(CalendarDbContext.SchemaName), new CurrentTenant());
}

internal sealed class PostgresCalendarDbContextFactory : IDesignTimeDbContextFactory<PostgresCalendarDbContext>
{
    public PostgresCalendarDbContext CreateDbContext(string[] args) =>
        new(DesignTimeContextOptions.Postgres<PostgresCalendarDbContext>(CalendarDbContext.SchemaName), new CurrentTenant());
}
