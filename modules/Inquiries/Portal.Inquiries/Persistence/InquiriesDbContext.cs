using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Persistence;
using Portal.Inquiries.Domain;

namespace Portal.Inquiries.Persistence;

internal class InquiriesDbContext(DbContextOptions options, ICurrentTenant currentTenant)
    : ModuleDbContext(options, currentTenant)
{
    public const string SchemaName = "inquiries";

    public override string Schema => SchemaName;

    /// <summary>The bureau's leads: host-owned, read by prefectures only through their own cases.</summary>
    public DbSet<Inquiry> Inquiries => Set<Inquiry>();

    public DbSet<InquiryTimelineEntry> InquiryTimeline => Set<InquiryTimelineEntry>();

    /// <summary>Tenant-owned: a prefecture sees its own; the bureau reads them through <c>CrossTenantReader</c>.</summary>
    public DbSet<InquiryCase> Cases => Set<InquiryCase>();

    public DbSet<CaseTimelineEntry> CaseTimeline => Set<CaseTimelineEntry>();

    public DbSet<FundsTranche> Funds => Set<FundsTranche>();

    public DbSet<SavedView> SavedViews => Set<SavedView>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new InquiryConfiguration());
        modelBuilder.ApplyConfiguration(new InquiryCaseConfiguration());
        modelBuilder.ApplyConfiguration(new TimelineConfiguration());
        modelBuilder.ApplyConfiguration(new CaseTimelineConfiguration());
        modelBuilder.ApplyConfiguration(new FundsTrancheConfiguration());
        modelBuilder.ApplyConfiguration(new SavedViewConfiguration());
    }
}

/// <summary>Carries the SQLite migrations; the code asks for <see cref="InquiriesDbContext"/>.</summary>
internal sealed class SqliteInquiriesDbContext(DbContextOptions<SqliteInquiriesDbContext> options, ICurrentTenant currentTenant)
    : InquiriesDbContext(options, currentTenant);

/// <summary>Carries the PostgreSQL migrations; the code asks for <see cref="InquiriesDbContext"/>.</summary>
internal sealed class PostgresInquiriesDbContext(DbContextOptions<PostgresInquiriesDbContext> options, ICurrentTenant currentTenant)
    : InquiriesDbContext(options, currentTenant);

internal sealed class SqliteInquiriesDbContextFactory : IDesignTimeDbContextFactory<SqliteInquiriesDbContext>
{
    public SqliteInquiriesDbContext CreateDbContext(string[] args) =>
        new(DesignTimeContextOptions.Sqlite<SqliteInquiriesDbContext>(InquiriesDbContext.SchemaName), new CurrentTenant());
}

internal sealed class PostgresInquiriesDbContextFactory : IDesignTimeDbContextFactory<PostgresInquiriesDbContext>
{
    public PostgresInquiriesDbContext CreateDbContext(string[] args) =>
        new(DesignTimeContextOptions.Postgres<PostgresInquiriesDbContext>(InquiriesDbContext.SchemaName), new CurrentTenant());
}
