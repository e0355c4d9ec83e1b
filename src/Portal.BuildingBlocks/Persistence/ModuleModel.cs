using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Outbox;

namespace Portal.BuildingBlocks.Persistence;

/// <summary>The model conventions every module's DbContext shares.</summary>
public static class ModuleModel
{
    /// <summary>Schema, outbox table and the <c>Tenant</c> filter; call after the module's own configuration.</summary>
    public static void Apply<TContext>(ModelBuilder modelBuilder, TContext context)
        where TContext : DbContext, IModuleDbContext
    {
        if (!context.Database.IsSqlite())
        {
            modelBuilder.HasDefaultSchema(context.Schema);
        }

        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        ApplyTenantFilters(modelBuilder, context);
    }

    public static void ApplyConventions(ModelConfigurationBuilder configurationBuilder, DbContext context)
    {
        if (context.Database.IsSqlite())
        {
            // SQLite cannot compare or order DateTimeOffset stored as text; as UTC ticks it can.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    public static void AddIntegrationEvent<TContext>(TContext context, IIntegrationEvent integrationEvent)
        where TContext : DbContext, IModuleDbContext =>
        context.Set<OutboxMessage>().Add(OutboxMessage.From(integrationEvent, context.CurrentTenantId, DateTimeOffset.UtcNow));

    private static void ApplyTenantFilters<TContext>(ModelBuilder modelBuilder, TContext context)
        where TContext : DbContext, IModuleDbContext
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().ToList())
        {
            if (!typeof(IMultiTenant).IsAssignableFrom(entityType.ClrType) || entityType.BaseType is not null)
            {
                continue;
            }

            // e => EF.Property<Guid?>(e, "TenantId") == context.CurrentTenantId. EF Core recognizes the
            // context instance and reads the property per query. Strict equality: the host (null)
            // sees host rows only, never every tenant's rows.
            var entity = Expression.Parameter(entityType.ClrType, "e");
            var tenantOfRow = Expression.Call(
                typeof(EF), nameof(EF.Property), [typeof(Guid?)], entity, Expression.Constant(nameof(IMultiTenant.TenantId)));
            var tenantOfContext = Expression.Property(Expression.Constant(context), nameof(IModuleDbContext.CurrentTenantId));
            var filter = Expression.Lambda(Expression.Equal(tenantOfRow, tenantOfContext), entity);
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter(TenantFilter.Name, filter);
            modelBuilder.Entity(entityType.ClrType).HasIndex(nameof(IMultiTenant.TenantId));
        }
    }
}

public static class TenantFilter
{
    /// <summary>The name of the EF Core query filter that confines reads to the current tenant.</summary>
    public const string Name = "Tenant";
}
