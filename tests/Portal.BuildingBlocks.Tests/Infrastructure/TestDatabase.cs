using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Outbox;
using Portal.BuildingBlocks.Persistence;
using Portal.Testing;

namespace Portal.BuildingBlocks.Tests.Infrastructure;

public enum Engine
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A fresh database holding <see cref="TestDbContext"/>'s tables, on SQLite (a file in a temp
/// directory) or PostgreSQL (a new database). Each <see cref="Node"/> is a separate service
/// provider wired the way the host wires a module, standing in for one process of the portal:
/// nodes share the database, the clock and the delivery log, nothing else.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly PostgresDatabase? _postgres;
    private readonly TempDirectory? _directory;
    private readonly List<ServiceProvider> _nodes = [];
    private ServiceProvider? _primary;

    private TestDatabase(Engine engine, PostgresDatabase? postgres, TempDirectory? directory)
    {
        Engine = engine;
        _postgres = postgres;
        _directory = directory;
    }

    public Engine Engine { get; }

    /// <summary>The clock of every node; only the test moves it.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));

    public DeliveryLog Log { get; } = new();

    /// <summary>The first node, created on demand with default settings.</summary>
    public ServiceProvider Primary => _primary ??= Node("primary");

    public static async Task<TestDatabase> CreateAsync(Engine engine)
    {
        var database = engine == Engine.Postgres
            ? new TestDatabase(engine, await PostgresDatabase.CreateAsync(), null)
            : new TestDatabase(engine, null, new TempDirectory());
        await using var scope = database.Primary.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TestDbContext>().Database.EnsureCreatedAsync();
        return database;
    }

    /// <summary>A new "process" on this database; <paramref name="settings"/> are configuration keys such as <c>Portal:Outbox:BatchSize</c>.</summary>
    public ServiceProvider Node(string name, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (_postgres is not null)
        {
            values["ConnectionStrings:" + DatabaseSetup.PostgresConnectionName] = _postgres.ConnectionString;
        }
        else
        {
            values["Portal:DataPath"] = _directory!.Path;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddOptions<PortalOptions>().Bind(configuration.GetSection(PortalOptions.SectionName));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Log);
        services.AddSingleton(new HandlerScript(name));

        // Exactly what a module does in AddServices.
        services.AddModuleDbContext<TestDbContext, TestDbContext, TestDbContext>(configuration, TestDbContext.SchemaName);
        services.AddIntegrationEventHandler<NoteWritten, RecordingHandler>();
        services.AddOutboxDispatcher<TestDbContext>();

        var node = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        _nodes.Add(node);
        return node;
    }

    /// <summary>Runs one unit of work on <paramref name="node"/> as <paramref name="tenantId"/> and saves it.</summary>
    public static Task WriteAsync(IServiceProvider node, Guid? tenantId, Action<TestDbContext> change) =>
        WriteAsync(node, tenantId, db =>
        {
            change(db);
            return Task.CompletedTask;
        });

    /// <inheritdoc cref="WriteAsync(IServiceProvider, Guid?, Action{TestDbContext})"/>
    public static async Task WriteAsync(IServiceProvider node, Guid? tenantId, Func<TestDbContext, Task> change)
    {
        await using var scope = node.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            await change(db);
            await db.SaveChangesAsync();
        }
    }

    /// <summary>Reads on the primary node as <paramref name="tenantId"/>, through the tenant filter.</summary>
    public async Task<T> ReadAsAsync<T>(Guid? tenantId, Func<TestDbContext, Task<T>> read)
    {
        await using var scope = Primary.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            return await read(scope.ServiceProvider.GetRequiredService<TestDbContext>());
        }
    }

    /// <summary>Saves a note together with its <see cref="NoteWritten"/> event, as a module's feature would.</summary>
    public async Task<Note> WriteNoteAsync(Guid? tenantId, string text, IServiceProvider? node = null)
    {
        var note = new Note { Text = text };
        await WriteAsync(node ?? Primary, tenantId, db =>
        {
            db.Notes.Add(note);
            db.AddIntegrationEvent(new NoteWritten(note.Id, text));
        });
        return note;
    }

    /// <summary>Every note of every tenant, read past the tenant filter.</summary>
    public Task<List<Note>> AllNotesAsync() =>
        ReadAsync(db => db.Notes.IgnoreQueryFilters([TenantFilter.Name]).AsNoTracking().OrderBy(n => n.Text).ToListAsync());

    public Task<List<OutboxMessage>> OutboxAsync() =>
        ReadAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());

    public async Task<OutboxMessage> OutboxMessageOfAsync(Guid noteId) =>
        Assert.Single(await OutboxAsync(), m => m.Payload.Contains(noteId.ToString(), StringComparison.OrdinalIgnoreCase));

    public async Task<T> ReadAsync<T>(Func<TestDbContext, Task<T>> read)
    {
        await using var scope = Primary.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        if (_directory is not null)
        {
            // Pooled connections keep the file open.
            SqliteConnection.ClearAllPools();
            _directory.Dispose();
        }
    }
}
