using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Persistence;
using Portal.Tenancy.Domain;

namespace Portal.Tenancy.Persistence;

internal class TenancyDbContext(DbContextOptions options, ICurrentTenant currentTenant)
    : ModuleDbContext(options, currentTenant)
{
    public const string SchemaName = "tenancy";

    public override string Schema => SchemaName;

    public DbSet<Tenant> Tenants => Set<Tenant>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new TenantConfiguration());
}

/// <summary>Carries the SQLite migrations; the code asks for <see cref="TenancyDbContext"/>.</summary>
internal sealed class SqliteTenancyDbContext(DbContextOptions<SqliteTenancyDbContext> options, ICurrentTenant currentTenant)
    : TenancyDbContext(options, currentTenant);

/// <summary>Carries the PostgreSQL migrations; the code asks for <see cref="TenancyDbContext"/>.</summary>
internal sealed class PostgresTenancyDbContext(DbContextOptions<PostgresTenancyDbContext> options, ICurrentTenant currentTenant)
    : TenancyDbContext(options, currentTenant);

internal sealed class SqliteTenancyDbContextFactory : IDesignTimeDbContextFactory<SqliteTenancyDbContext>
{
    public SqliteTenancyDbContext CreateDbContext(string[] args) =>
        new(DesignTimeContextOptions.Sqlite<SqliteTenancyDbContext>(TenancyDbContext.SchemaName), new CurrentTenant());
}

internal sealed class PostgresTenancyDbContextFactory : IDesignTimeDbContextFactory<PostgresTenancyDbContext>
{
    public PostgresTenancyDbContext CreateDbContext(string[] args) =>
        new(DesignTimeContextOptions.Postgres<PostgresTenancyDbContext>(TenancyDbContext.SchemaName), new CurrentTenant());
}

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.ToTable("tenants");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Slug).HasMaxLength(TenantRules.SlugMaxLength).IsRequired();
        builder.Property(t => t.Code).HasMaxLength(6).IsRequired();
        builder.Property(t => t.Name).HasMaxLength(TenantRules.NameMaxLength).IsRequired();
        builder.Property(t => t.NameEn).HasMaxLength(TenantRules.NameEnMaxLength).IsRequired();
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.HasIndex(t => t.Code).IsUnique();
    }
}
