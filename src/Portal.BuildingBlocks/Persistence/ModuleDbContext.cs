using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Outbox;

namespace Portal.BuildingBlocks.Persistence;

/// <summary>What the building blocks need from a module's DbContext.</summary>
public interface IModuleDbContext
{
    /// <summary>The module's schema on PostgreSQL (SQLite has none: each module gets its own file).</summary>
    string Schema { get; }

    /// <summary>Read by the <c>Tenant</c> query filter on every query, so it must come from the context instance.</summary>
    Guid? CurrentTenantId { get; }

    ICurrentTenant CurrentTenant { get; }
}

/// <summary>
/// Base of a module's DbContext: its own schema, the <c>Tenant</c> query filter on every
/// <see cref="IMultiTenant"/> entity, and the module's outbox table. A module whose context must
/// derive from another base (Identity) calls <see cref="ModuleModel"/> itself instead.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, ICurrentTenant currentTenant)
    : DbContext(options), IModuleDbContext
{
    public abstract string Schema { get; }

    public ICurrentTenant CurrentTenant => currentTenant;

    public Guid? CurrentTenantId => currentTenant.Id;

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>Queues an integration event; it is committed together with the change by SaveChanges.</summary>
    public void AddIntegrationEvent(IIntegrationEvent integrationEvent) => ModuleModel.AddIntegrationEvent(this, integrationEvent);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ConfigureModule(modelBuilder);
        ModuleModel.Apply(modelBuilder, this);
    }

    protected abstract void ConfigureModule(ModelBuilder modelBuilder);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModuleModel.ApplyConventions(configurationBuilder, this);
}
