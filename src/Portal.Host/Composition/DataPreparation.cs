using Portal.BuildingBlocks.Modules;
using Portal.BuildingBlocks.Persistence;

namespace Portal.Host.Composition;

/// <summary>Migrations and seed data, run before the portal takes traffic.</summary>
internal static class DataPreparation
{
    public static async Task MigrateDatabasesAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Portal.Migrations");
        foreach (var database in scope.ServiceProvider.GetServices<IModuleDatabase>())
        {
            logger.LogInformation("Migrating the {Schema} database", database.Schema);
            await database.MigrateAsync(scope.ServiceProvider, cancellationToken);
        }
    }

    public static async Task PrepareDataAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await app.MigrateDatabasesAsync(cancellationToken);
        foreach (var seeder in app.Services.GetServices<IDataSeeder>().OrderBy(seeder => seeder.Order))
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }
}
