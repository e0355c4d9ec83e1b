using Portal.CatalogueSearch;
using Portal.Host.Composition;

// `dotnet run --project src/Portal.Host` runs the portal; `… -- migrate` only migrates the
// databases and exits, for deployments that migrate before rolling out new nodes;
// `… -- rebuild-search-index` migrates, seeds, re-projects the whole search index and exits.
string[] commands = ["migrate", CatalogueSearchModule.RebuildCommand];
var migrateOnly = args.Contains("migrate", StringComparer.OrdinalIgnoreCase);
var rebuildSearchIndex = args.Contains(CatalogueSearchModule.RebuildCommand, StringComparer.OrdinalIgnoreCase);
var builder = WebApplication.CreateBuilder(args.Where(arg => !commands.Contains(arg, StringComparer.OrdinalIgnoreCase)).ToArray());
builder.AddPortal();

var app = builder.Build();
app.UsePortal();

if (migrateOnly)
{
    await app.MigrateDatabasesAsync();
    return 0;
}

if (rebuildSearchIndex)
{
    await app.PrepareDataAsync();
    var exitCode = await CatalogueSearchModule.RunRebuildCommandAsync(app.Services, Console.Out);
    await app.DisposeAsync(); // closes the index cleanly before the process ends
    return exitCode;
}

await app.PrepareDataAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
