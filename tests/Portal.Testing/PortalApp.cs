using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Portal.Testing;

/// <summary>How the portal under test is configured; defaults are the CI setup (PostgreSQL, no demo data).</summary>
public sealed class PortalAppSettings
{
    /// <summary>Run on a fresh PostgreSQL database (true) or on SQLite files in a temp directory (false).</summary>
    public bool UsePostgres { get; set; } = true;

    public bool UseRedis { get; set; }

    public bool DemoData { get; set; }

    /// <summary>Reuse a data directory (to restart a portal on the same files); by default a fresh temp one.</summary>
    public string? DataPath { get; set; }

    /// <summary>Any other configuration key, as in appsettings (<c>Section:Key</c>).</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// The whole portal in memory (TestServer), on real services. One per test class, as a fixture:
/// start-up migrates and seeds a fresh database, which takes a moment.
/// </summary>
public class PortalApp : WebApplicationFactory<Program>
{
    public const string HostClientId = "test-host-client";
    public const string HostClientSecret = "test-host-client-secret-8d1f6c2e";
    public const string AdminPassword = "Test-Admin-Password-1!";

    private readonly PortalAppSettings _settings;
    private readonly TempDirectory? _ownDataPath;
    private PostgresDatabase? _database;

    public PortalApp(PortalAppSettings? settings = null)
    {
        _settings = settings ?? new PortalAppSettings();
        if (_settings.DataPath is null)
        {
            _ownDataPath = new TempDirectory();
        }

        DataPath = _settings.DataPath ?? _ownDataPath!.Path;
    }

    public string DataPath { get; }

    public string? PostgresConnectionString => _database?.ConnectionString;

    public static async Task<PortalApp> StartAsync(Action<PortalAppSettings>? configure = null)
    {
        var settings = new PortalAppSettings();
        configure?.Invoke(settings);
        var app = new PortalApp(settings);
        await app.InitializeDatabaseAsync();
        _ = app.Server; // builds the host: migrations and seeding run now, not in the first test
        return app;
    }

    public async Task InitializeDatabaseAsync()
    {
        if (_settings.UsePostgres && _database is null)
        {
            _database = await PostgresDatabase.CreateAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Portal:DataPath", DataPath);
        builder.UseSetting("Portal:DemoData", _settings.DemoData ? "true" : "false");
        builder.UseSetting("Portal:Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Portal:Bootstrap:ClientId", HostClientId);
        builder.UseSetting("Portal:Bootstrap:ClientSecret", HostClientSecret);
        if (_database is not null)
        {
            builder.UseSetting("ConnectionStrings:Postgres", _database.ConnectionString);
        }

        if (_settings.UseRedis)
        {
            builder.UseSetting("Redis:Configuration", TestServices.RequireRedis());
            builder.UseSetting("Redis:InstanceName", $"portal-test-{Guid.NewGuid():N}:"); // test runs share one Redis
        }

        foreach (var (key, value) in _settings.Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        _ownDataPath?.Dispose();
        GC.SuppressFinalize(this);
    }
}
