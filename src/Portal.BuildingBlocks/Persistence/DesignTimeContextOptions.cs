using Microsoft.EntityFrameworkCore;

namespace Portal.BuildingBlocks.Persistence;

/// <summary>
/// Options for <c>dotnet ef migrations add</c>: the tools never connect, they only need the
/// provider, so the connection strings here are placeholders for the design-time factories.
/// </summary>
public static class DesignTimeContextOptions
{
    public static DbContextOptions<TContext> Sqlite<TContext>(string schema)
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>().UseSqlite($"Data Source={schema}.db").Options;

    public static DbContextOptions<TContext> Postgres<TContext>(string schema)
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>()
            .UseNpgsql("Host=localhost", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", schema))
            .Options;
}
