using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Portal.BuildingBlocks.MultiTenancy;

namespace Portal.BuildingBlocks.Persistence;

/// <summary>Which database engine the portal runs on; chosen once from configuration.</summary>
public enum DatabaseEngine
{
    /// <summary>Embedded default: one SQLite file per module under <see cref="PortalOptions.DataPath"/>.</summary>
    Sqlite,

    /// <summary><c>ConnectionStrings:Postgres</c> is set: one database, one schema per module.</summary>
    Postgres,
}

public static class DatabaseSetup
{
    public const string PostgresConnectionName = "Postgres";

    public static DatabaseEngine EngineOf(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration.GetConnectionString(PostgresConnectionName))
            ? DatabaseEngine.Sqlite
            : DatabaseEngine.Postgres;

    public static string SqliteConnectionString(string dataPath, string schema) =>
        $"Data Source={Path.Combine(Path.GetFullPath(dataPath), schema + ".db")};Cache=Shared;Pooling=True";

    /// <summary>
    /// Registers a module's DbContext. <typeparamref name="TContext"/> is what the module's code
    /// asks for; the two derived types only carry their provider's migrations. The options are built
    /// once (they use only singletons): built per request, they cost more than a cached search.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqliteContext, TPostgresContext>(
        this IServiceCollection services, IConfiguration configuration, string schema)
        where TContext : DbContext, IModuleDbContext
        where TSqliteContext : TContext
        where TPostgresContext : TContext
    {
        services.TryAddSingleton<ICurrentTenant, CurrentTenant>();
        services.TryAddSingleton<TenantStampingInterceptor>();
        services.TryAddSingleton<CrossTenantReader>();

        if (EngineOf(configuration) == DatabaseEngine.Postgres)
        {
            var connectionString = configuration.GetConnectionString(PostgresConnectionName)!;
            services.AddDbContext<TContext, TPostgresContext>(
                (provider, options) => options
                    .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", schema))
                    .AddInterceptors(provider.GetRequiredService<TenantStampingInterceptor>()),
                optionsLifetime: ServiceLifetime.Singleton);
        }
        else
        {
            services.AddDbContext<TContext, TSqliteContext>(
                (provider, options) =>
                {
                    var dataPath = provider.GetRequiredService<IOptions<PortalOptions>>().Value.DataPath;
                    options.UseSqlite(SqliteConnectionString(dataPath, schema))
                        .AddInterceptors(provider.GetRequiredService<TenantStampingInterceptor>());
                },
                optionsLifetime: ServiceLifetime.Singleton);
        }

        Outbox.OutboxSetup.AddOutboxCommitInterceptor<TSqliteContext, TPostgresContext>(services);
        services.AddSingleton<IModuleDatabase>(new ModuleDatabase<TContext>(schema));
        return services;
    }
}

/// <summary>One module's database, as seen by start-up migration and health checks.</summary>
public interface IModuleDatabase
{
    string Schema { get; }

    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);

    Task<bool> CanConnectAsync(IServiceProvider services, CancellationToken cancellationToken);
}

internal sealed class ModuleDatabase<TContext>(string schema) : IModuleDatabase
    where TContext : DbContext, IModuleDbContext
{
    public string Schema => schema;

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var context = services.GetRequiredService<TContext>();
        if (context.Database.IsSqlite())
        {
            var dataPath = services.GetRequiredService<IOptions<PortalOptions>>().Value.FullDataPath;
            Directory.CreateDirectory(dataPath);
        }

        await context.Database.MigrateAsync(cancellationToken);
    }

    public Task<bool> CanConnectAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<TContext>().Database.CanConnectAsync(cancellationToken);
}
