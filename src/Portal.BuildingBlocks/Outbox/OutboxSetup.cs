using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Persistence;

namespace Portal.BuildingBlocks.Outbox;

/// <summary>Registration of integration-event handlers and of the outbox dispatchers, both explicit.</summary>
public static class OutboxSetup
{
    /// <summary>
    /// Registers <typeparamref name="THandler"/> (scoped) for <typeparamref name="TEvent"/>, delivered
    /// from whichever module's outbox the event was written to.
    /// </summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IIntegrationEventHandler<TEvent>, THandler>());
        services.AddSingleton(IntegrationEventRegistration.For<TEvent>());
        services.TryAddSingleton<IntegrationEventRegistry>();
        return services;
    }

    /// <summary>
    /// Runs a dispatcher for the outbox of <typeparamref name="TContext"/> (one per module context),
    /// configured by the <c>Portal:Outbox</c> section.
    /// </summary>
    public static IServiceCollection AddOutboxDispatcher<TContext>(this IServiceCollection services)
        where TContext : DbContext, IModuleDbContext
    {
        services.AddOptions<OutboxOptions>()
            .BindConfiguration(OutboxOptions.SectionName)
            .Validate(options => options.IsValid(), "Portal:Outbox needs positive sizes and intervals, and MaxBackoff >= BaseBackoff.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICurrentTenant, CurrentTenant>();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<IntegrationEventRegistry>();

        // Transient: every processor is its own lease owner (the hosted dispatcher holds one).
        services.TryAddTransient<OutboxProcessor<TContext>>();
        services.AddHostedService<OutboxDispatcher<TContext>>();
        return services;
    }

    /// <summary>
    /// Attaches <see cref="OutboxCommitInterceptor"/> to a module context's options; called by
    /// <see cref="DatabaseSetup.AddModuleDbContext{TContext, TSqliteContext, TPostgresContext}"/>.
    /// EF Core applies options per implementation type, hence both of them.
    /// </summary>
    internal static IServiceCollection AddOutboxCommitInterceptor<TSqliteContext, TPostgresContext>(this IServiceCollection services)
        where TSqliteContext : DbContext
        where TPostgresContext : DbContext
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxCommitInterceptor>();
        // Singleton like the options it configures (see DatabaseSetup.AddModuleDbContext).
        services.ConfigureDbContext<TSqliteContext>(Attach, ServiceLifetime.Singleton);
        if (typeof(TPostgresContext) != typeof(TSqliteContext))
        {
            services.ConfigureDbContext<TPostgresContext>(Attach, ServiceLifetime.Singleton);
        }

        return services;

        static void Attach(IServiceProvider provider, DbContextOptionsBuilder options) =>
            options.AddInterceptors(provider.GetRequiredService<OutboxCommitInterceptor>());
    }
}
