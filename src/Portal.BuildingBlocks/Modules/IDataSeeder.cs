namespace Portal.BuildingBlocks.Modules;

/// <summary>
/// Puts data a module needs into its database at start-up, after every migration has run.
/// Must be idempotent: it runs on every start of every node.
/// </summary>
public interface IDataSeeder
{
    /// <summary>Lower runs first (tenants before the users and clients that belong to them).</summary>
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
