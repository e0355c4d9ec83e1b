using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Outbox;
using Portal.BuildingBlocks.Persistence;
using Portal.Identity.Domain;

namespace Portal.Identity.Persistence;

/// <summary>
/// Users and roles (ASP.NET Core Identity), the OpenIddict stores and the portal's client list, in one
/// context and one schema. It must derive from Identity's context, so it applies <see cref="ModuleModel"/>
/// itself instead of deriving from <see cref="ModuleDbContext"/>.
/// </summary>
internal class IdentityModuleDbContext(DbContextOptions options, ICurrentTenant currentTenant)
    : IdentityDbContext<PortalUser, PortalRole, Guid>(options), IModuleDbContext
{
    public const string SchemaName = "identity";

    public string Schema => SchemaName;

    public ICurrentTenant CurrentTenant => currentTenant;

    public Guid? CurrentTenantId => currentTenant.Id;

    public DbSet<MachineClient> MachineClients => Set<MachineClient>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>Queues an integration event; it is committed together with the change by SaveChanges.</summary>
    public void AddIntegrationEvent(IIntegrationEvent integrationEvent) => ModuleModel.AddIntegrationEvent(this, integrationEvent);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
        IdentityModel.Configure(builder);
        ModuleModel.Apply(builder, this);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModuleModel.ApplyConventions(configurationBuilder, this);
}

/// <summary>Carries the SQLite migrations; the code asks for <see cref="IdentityModuleDbContext"/>.</summary>
internal sealed class SqliteIdentityDbContext(DbContextOptions<SqliteIdentityDbContext> options, ICurrentTenant currentTenant)
    : IdentityModuleDbContext(options, currentTenant);

/// <summary>Carries the PostgreSQL migrations; the code asks for <see cref="IdentityModuleDbContext"/>.</summary>
internal sealed class PostgresIdentityDbContext(DbContextOptions<PostgresIdentityDbContext> options, ICurrentTenant currentTenant)
    : IdentityModuleDbContext(options, currentTenant);

internal sealed class SqliteIdentityDbContextFactory : IDesignTimeDbContextFactory<SqliteIdentityDbContext>
{
    public SqliteIdentityDbContext CreateDbContext(string[] args) =>
        new(DesignTimeContextOptions.Sqlite<SqliteIdentityDbContext>(IdentityModuleDbContext.SchemaName), new CurrentTenant());
}

internal sealed class PostgresIdentityDbContextFactory : IDesignTimeDbContextFactory<PostgresIdentityDbContext>
{
    public PostgresIdentityDbContext CreateDbContext(string[] args) =>
        new(DesignTimeContextOptions.Postgres<PostgresIdentityDbContext>(IdentityModuleDbContext.SchemaName), new CurrentTenant());
}
