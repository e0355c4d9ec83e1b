using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Persistence;
using Portal.CatalogueSearch.Rebuild;
using Portal.CatalogueSearch.Synonyms;

namespace Portal.CatalogueSearch.Persistence;

/// <summary>
/// The search module's own small state: the progress of index rebuilds (read by every node) and the
/// host's synonym list. The index itself lives in the search engine.
/// </summary>
internal class SearchDbContext(DbContextOptions options, ICurrentTenant currentTenant)
    : ModuleDbContext(options, currentTenant)
{
    public const string SchemaName = "search";

    public override string Schema => SchemaName;

    public DbSet<RebuildRun> RebuildRuns => Set<RebuildRun>();

    public DbSet<SynonymList> SynonymLists => Set<SynonymList>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new RebuildRunConfiguration());
        modelBuilder.ApplyConfiguration(new SynonymListConfiguration());
    }
}

/// <summary>Carries the SQLite migrations; the code asks for <see cref="SearchDbContext"/>.</summary>
internal sealed class SqliteSearchDbContext(DbContextOptions<SqliteSearchDbContext> options, ICurrentTenant currentTenant)
    : SearchDbContext(options, currentTenant);

/// <summary>Carries the PostgreSQL migrations; the code asks for <see cref="SearchDbContext"/>.</summary>
internal sealed class PostgresSearchDbContext(DbContextOptions<PostgresSearchDbContext> options, ICurrentTenant currentTenant)
    : SearchDbContext(options, currentTenant);

internal sealed class SqliteSearchDbContextFactory : IDesignTimeDbContextFactory<SqliteSearchDbContext>
{
    public SqliteSearchDbContext CreateDbContext(string[] args) =>
        new(DesignTimeContextOptions.Sqlite<SqliteSearchDbContext>(SearchDbContext.SchemaName), new CurrentTenant());
}

internal sealed class PostgresSearchDbContextFactory : IDesignTimeDbContextFactory<PostgresSearchDbContext>
{
    public PostgresSearchDbContext CreateDbContext(string[] args) =>
        new(DesignTimeContextOptions.Postgres<PostgresSearchDbContext>(SearchDbContext.SchemaName), new CurrentTenant());
}
