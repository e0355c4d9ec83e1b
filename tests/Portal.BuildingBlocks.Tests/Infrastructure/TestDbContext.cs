using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Persistence;

namespace Portal.BuildingBlocks.Tests.Infrastructure;

/// <summary>The smallest module context: one tenant-owned entity plus the outbox every module gets.</summary>
internal sealed class TestDbContext(DbContextOptions<TestDbContext> options, ICurrentTenant currentTenant)
    : ModuleDbContext(options, currentTenant)
{
    public const string SchemaName = "bbtest";

    public override string Schema => SchemaName;

    public DbSet<Note> Notes => Set<Note>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Note>(note =>
        {
            note.ToTable("notes");
            note.HasKey(n => n.Id);
            note.Property(n => n.Text).HasMaxLength(200).IsRequired();
        });
}

internal sealed class Note : IMultiTenant
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid? TenantId { get; set; }

    public string Text { get; set; } = "";
}
