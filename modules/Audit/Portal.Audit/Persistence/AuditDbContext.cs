using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Audit.Domain;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Persistence;

namespace Portal.Audit.Persistence;

internal class AuditDbContext(DbContextOptions options, ICurrentTenant currentTenant)
    : ModuleDbContext(options, currentTenant)
{
    public const string SchemaName = "audit";
    public const string EntriesTable = "audit_entries";

    public override string Schema => SchemaName;

    public DbSet<AuditEntry> Entries => Set<AuditEntry>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseChangesToEntries();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseChangesToEntries();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());

    /// <summary>The log is append-only: an entry is inserted once and never updated or deleted.</summary>
    private void RefuseChangesToEntries()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(entry => entry.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries are append-only: they cannot be updated or deleted.");
        }
    }
}

/// <summary>Carries the SQLite migrations; the code asks for <see cref="AuditDbContext"/>.</summary>
internal sealed class SqliteAuditDbContext(DbContextOptions<SqliteAuditDbContext> options, ICurrentTenant currentTenant)
    : AuditDbContext(options, currentTenant);

/// <summary>Carries the PostgreSQL migrations; the code asks for <see cref="AuditDbContext"/>.</summary>
internal sealed class PostgresAuditDbContext(DbContextOptions<PostgresAuditDbContext> options, ICurrentTenant currentTenant)
    : AuditDbContext(options, currentTenant);

internal sealed class SqliteAuditDbContextFactory : IDesignTimeDbContextFactory<SqliteAuditDbContext>
{
    public SqliteAuditDbContext CreateDbContext(string[] args) =>
        new(DesignTimeContextOptions.Sqlite<SqliteAuditDbContext>(AuditDbContext.SchemaName), new CurrentTenant());
}

internal sealed class PostgresAuditDbContextFactory : IDesignTimeDbContextFactory<PostgresAuditDbContext>
{
    public PostgresAuditDbContext CreateDbContext(string[] args) =>
        new(DesignTimeContextOptions.Postgres<PostgresAuditDbContext>(AuditDbContext.SchemaName), new CurrentTenant());
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable(AuditDbContext.EntriesTable);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.ActionMaxLength).IsRequired();
        builder.Property(e => e.Outcome).HasMaxLength(AuditEntry.OutcomeMaxLength).IsRequired();
        builder.Property(e => e.ActorId).HasMaxLength(AuditEntry.ActorIdMaxLength);
        builder.Property(e => e.ActorName).HasMaxLength(AuditEntry.ActorNameMaxLength);
        builder.Property(e => e.ActorKind).HasMaxLength(AuditEntry.ActorKindMaxLength).IsRequired();
        builder.Property(e => e.EntityType).HasMaxLength(AuditEntry.EntityTypeMaxLength);
        builder.Property(e => e.EntityId).HasMaxLength(AuditEntry.EntityIdMaxLength);
        builder.Property(e => e.IpAddress).HasMaxLength(AuditEntry.IpAddressMaxLength);
        builder.Property(e => e.Details).HasMaxLength(AuditEntry.DetailsMaxLength);
        builder.HasIndex(e => e.EventId).IsUnique();
        builder.HasIndex(e => new { e.TenantId, e.OccurredAt });
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => e.Action);
        builder.HasIndex(e => e.ActorId);
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
    }
}
