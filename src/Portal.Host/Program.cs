using Portal.Host.Composition;

// `dotnet run --project src/Portal.Host` runs the portal; `… -- migrate` only migrates the
// databases and exits, for deployments that migrate before rolling out new nodes.
var migrateOnly = args.Contains("migrate", StringComparer.OrdinalIgnoreCase);
var builder = WebApplication.CreateBuilder(args.Where(arg => !arg.Equals("migrate", StringComparison.OrdinalIgnoreCase)).ToArray());
builder.AddPortal();

var app = builder.Build();
app.UsePortal();

if (migrateOnly)
{
    await app.MigrateDatabasesAsync();
    return 0;
}

await app.PrepareDataAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
