using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Persistence;
using Portal.Catalogue.Domain;
using Portal.Catalogue.Media.Domain;
using Portal.Catalogue.Media.Persistence;

namespace Portal.Catalogue.Persistence;

internal class CatalogueDbContext(DbContextOptions options, ICurrentTenant currentTenant)
    : ModuleDbContext(options, currentTenant)
{
    public const string SchemaName = "catalogue";

    public override string Schema => SchemaName;

    public DbSet<Park> Parks => Set<Park>();

    public DbSet<IncentivePolicy> Policies => Set<IncentivePolicy>();

    public DbSet<InvestmentProject> Projects => Set<InvestmentProject>();

    /// <summary>Shared reference data: not tenant-owned, so every prefecture and the host read the same rows.</summary>
    public DbSet<IndustryChain> IndustryChains => Set<IndustryChain>();

    /// <summary>Photos and attachments of parks, projects and policies (the bytes are in the media storage).</summary>
    public DbSet<MediaItem> MediaItems => Set<MediaItem>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ParkConfiguration());
        modelBuilder.ApplyConfiguration(new IncentivePolicyConfiguration());
        modelBuilder.ApplyConfiguration(new InvestmentProjectConfiguration());
        modelBuilder.ApplyConfiguration(new IndustryChainConfiguration());
        modelBuilder.ApplyConfiguration(new MediaItemConfiguration());
    }
}

/// <summary>Carries the SQLite migrations; the code asks for <see cref="CatalogueDbContext"/>.</summary>
internal sealed class SqliteCatalogueDbContext(DbContextOptions<SqliteCatalogueDbContext> options, ICurrentTenant currentTenant)
    : CatalogueDbContext(options, currentTenant);

/// <summary>Carries the PostgreSQL migrations; the code asks for <see cref="CatalogueDbContext"/>.</summary>
internal sealed class PostgresCatalogueDbContext(DbContextOptions<PostgresCatalogueDbContext> options, ICurrentTenant currentTenant)
    : CatalogueDbContext(options, currentTenant);

internal sealed class SqliteCatalogueDbContextFactory : IDesignTimeDbContextFactory<SqliteCatalogueDbContext>
{
    public SqliteCatalogueDbContext CreateDbContext(string[] args) =>
        new(DesignTimeContextOptions.Sqlite<SqliteCatalogueDbContext>(CatalogueDbContext.SchemaName), new CurrentTenant());
}

internal sealed class PostgresCatalogueDbContextFactory : IDesignTimeDbContextFactory<PostgresCatalogueDbContext>
{
    public PostgresCatalogueDbContext CreateDbContext(string[] args) =>
        new(DesignTimeContextOptions.Postgres<PostgresCatalogueDbContext>(CatalogueDbContext.SchemaName), new CurrentTenant());
}
