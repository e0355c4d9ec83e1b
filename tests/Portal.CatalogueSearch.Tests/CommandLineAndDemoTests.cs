using Npgsql;
using Portal.Testing;
using Xunit;
using static Portal.CatalogueSearch.Tests.SearchApi;

namespace Portal.CatalogueSearch.Tests;

/// <summary>
/// Tests that build a second host in this process. WebApplicationFactory catches the next host built
/// anywhere in the process while one of its own starts, so these run alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SecondHostCollection
{
    public const string Name = "second host";
}

[Collection(SecondHostCollection.Name)]
public sealed class CommandLineRebuildTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    [ServiceFact(Service.Postgres)]
    public async Task Rebuild_search_index_on_the_command_line_fills_an_empty_index_from_the_database()
    {
        using var a = await fixture.ClientOfAAsync();
        using var anonymous = fixture.App.CreateClient();
        var id = await PublishNewAsync(a, "parks", Park("命令行重建锰业园"));
        await EventuallyAsync(() => SearchAsync(anonymous, Q("锰业园")), p => Ids(p).Contains(id), "park indexed");

        // The portal's own entry point, as `dotnet run --project src/Portal.Host -- rebuild-search-index`
        // runs it, on the same database and a data directory with no index yet.
        using var dataPath = new TempDirectory();
        string[] args =
        [
            CatalogueSearchModule.RebuildCommand,
            "--applicationName=Portal.Host", // what `dotnet run` names it; the test runner's process is called testhost
            $"--ConnectionStrings:Postgres={fixture.App.PostgresConnectionString}",
            $"--Portal:DataPath={dataPath.Path}",
            "--Portal:DemoData=false",
            $"--Portal:Bootstrap:AdminPassword={PortalApp.AdminPassword}",
        ];
        var entryPoint = typeof(Program).Assembly.EntryPoint!;
        var exitCode = await Task.Run(() => entryPoint.Invoke(null, [args]));
        Assert.Equal(0, exitCode);

        // A portal started on that directory answers from the rebuilt index without rebuilding again.
        await using var second = new PortalApp(new PortalAppSettings { UsePostgres = false, DataPath = dataPath.Path, Settings = { ["ConnectionStrings:Postgres"] = fixture.App.PostgresConnectionString } });
        using var host = await second.CreateHostClientAsync();
        var status = await GetJsonAsync(host, "/api/admin/search/rebuild");
        Assert.Equal("succeeded", status.GetProperty("state").GetString());
        Assert.Equal("command-line", status.GetProperty("triggeredBy").GetString());
        using var secondAnonymous = second.CreateClient();
        Assert.Contains(id, Ids(await SearchAsync(secondAnonymous, Q("锰业园"))));
    }
}

/// <summary>A fresh portal with demo data: its empty index is filled in the background at start-up.</summary>
public sealed class DemoSearchFixture : SearchFixture
{
    protected override bool CreatesPrefectures => false;

    protected override void Configure(PortalAppSettings settings) => settings.DemoData = true;
}

[Collection(SecondHostCollection.Name)]
public sealed class DemoDataTests(DemoSearchFixture fixture) : IClassFixture<DemoSearchFixture>
{
    /// <summary>
    /// Every published demo item becomes searchable without anyone asking: through the catalogue's outbox
    /// events or the start-up rebuild, whichever gets there first (both run at start-up).
    /// </summary>
    [ServiceFact(Service.Postgres)]
    public async Task Demo_data_is_searchable_after_start_up_without_anyone_asking_for_a_rebuild()
    {
        using var anonymous = fixture.App.CreateClient();
        var published = await PublishedCountAsync(anonymous);
        Assert.True(published > 0);

        var all = await EventuallyAsync(() => SearchAsync(anonymous, "pageSize=1"), p => p.GetProperty("total").GetInt64() == published, $"all {published} published demo items indexed");
        Assert.True(all.GetProperty("facets").GetProperty("prefecture").EnumerateObject().Count() > 1);
    }

    /// <summary>
    /// A node whose index is empty while the database has published items (a fresh machine or a new
    /// index) rebuilds by itself at start-up, and says so in the rebuild status.
    /// </summary>
    [ServiceFact(Service.Postgres)]
    public async Task A_node_with_an_empty_index_rebuilds_it_at_start_up()
    {
        var published = await SettledFirstNodeAsync();

        var before = DateTimeOffset.UtcNow;
        using var dataPath = new TempDirectory();
        await using var second = SecondNode(dataPath.Path);
        using var host = await second.CreateHostClientAsync();
        await AssertRebuiltAtStartUpAsync(second, host, before, published);
    }

    /// <summary>
    /// Another node's rebuild fills only that node's Lucene index: a node starting with an empty index
    /// while that run goes waits for it to end, then rebuilds its own instead of answering nothing.
    /// </summary>
    [ServiceFact(Service.Postgres)]
    public async Task A_node_starting_during_another_nodes_rebuild_rebuilds_its_own_index_once_that_run_ends()
    {
        var published = await SettledFirstNodeAsync();

        await SetRebuildRowAsync("running", "another node");
        var before = DateTimeOffset.UtcNow;
        using var dataPath = new TempDirectory();
        await using var second = SecondNode(dataPath.Path);
        using var host = await second.CreateHostClientAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        var waiting = await GetJsonAsync(host, "/api/admin/search/rebuild");
        Assert.Equal("another node", waiting.GetProperty("triggeredBy").GetString());

        await SetRebuildRowAsync("succeeded", "another node");
        await AssertRebuiltAtStartUpAsync(second, host, before, published);
    }

    /// <summary>The first node with everything published indexed and nothing in flight; the published count.</summary>
    private async Task<long> SettledFirstNodeAsync()
    {
        using var first = fixture.App.CreateClient();
        var published = await PublishedCountAsync(first);
        await EventuallyAsync(() => SearchAsync(first, "pageSize=1"), p => p.GetProperty("total").GetInt64() == published, "first node indexed");
        await UntilFirstNodeIsQuietAsync();
        return published;
    }

    /// <summary>Another node on the same database, with a data folder (and so a Lucene index) of its own.</summary>
    private PortalApp SecondNode(string dataPath) => new(new PortalAppSettings
    {
        UsePostgres = false,
        DataPath = dataPath,
        DemoData = true,
        Settings = { ["ConnectionStrings:Postgres"] = fixture.App.PostgresConnectionString },
    });

    /// <summary>The second node's own start-up rebuild, begun after <paramref name="since"/>, finished and filled its index.</summary>
    private static async Task AssertRebuiltAtStartUpAsync(PortalApp second, HttpClient host, DateTimeOffset since, long published)
    {
        var status = await EventuallyAsync(
            () => GetJsonAsync(host, "/api/admin/search/rebuild"),
            s => s.GetProperty("state").GetString() == "succeeded" && s.GetProperty("triggeredBy").GetString() == "start-up" && s.GetProperty("startedAt").GetDateTimeOffset() >= since,
            "the second node's own start-up rebuild finished");
        Assert.Equal(published, status.GetProperty("done").GetInt64());
        using var anonymous = second.CreateClient();
        Assert.Equal(published, (await SearchAsync(anonymous, "pageSize=1")).GetProperty("total").GetInt64());
    }

    /// <summary>
    /// Waits until the first node has no rebuild running and has delivered every outbox event, so that the
    /// second node starts on a settled database: the Lucene index is one node's, and an event the second
    /// node delivers would land in its index only (several nodes need Elasticsearch; see ADR 0007).
    /// </summary>
    private async Task UntilFirstNodeIsQuietAsync()
    {
        using var host = await fixture.App.CreateHostClientAsync();
        await EventuallyAsync(() => GetJsonAsync(host, "/api/admin/search/rebuild"), s => s.GetProperty("state").GetString() != "running", "no rebuild running on the first node");

        await using var connection = new NpgsqlConnection(fixture.App.PostgresConnectionString);
        await connection.OpenAsync();
        var outboxes = new List<string>();
        await using (var tables = new NpgsqlCommand("SELECT table_schema FROM information_schema.tables WHERE table_name = 'outbox_messages'", connection))
        await using (var reader = await tables.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                outboxes.Add(reader.GetString(0));
            }
        }

        Assert.NotEmpty(outboxes);
        var pending = string.Join(" + ", outboxes.Select(schema => $"""(SELECT count(*) FROM "{schema}".outbox_messages WHERE "ProcessedAt" IS NULL AND "DeadLetteredAt" IS NULL)"""));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            await using var count = new NpgsqlCommand($"SELECT {pending}", connection);
            var left = (long)(await count.ExecuteScalarAsync())!;
            if (left == 0)
            {
                return;
            }

            Assert.True(clock.Elapsed < Deadline, $"{left} outbox events still undelivered after {Deadline.TotalSeconds} s");
            await Task.Delay(50);
        }
    }

    /// <summary>Plays another node holding (or ending) the rebuild, with a fresh heartbeat.</summary>
    private async Task SetRebuildRowAsync(string state, string triggeredBy)
    {
        await using var connection = new NpgsqlConnection(fixture.App.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            UPDATE search.rebuild_runs
            SET "State" = @state, "TriggeredBy" = @by, "Owner" = 'another-node', "HeartbeatAt" = now(), "StartedAt" = now(),
                "FinishedAt" = CASE WHEN @state = 'running' THEN NULL ELSE now() END
            WHERE "Id" = 'catalogue'
            """,
            connection);
        command.Parameters.AddWithValue("state", state);
        command.Parameters.AddWithValue("by", triggeredBy);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    /// <summary>What the catalogue says is published: the sum of the counts on <c>GET /api/prefectures</c>.</summary>
    private static async Task<long> PublishedCountAsync(HttpClient anonymous)
    {
        var prefectures = await GetJsonAsync(anonymous, "/api/prefectures");
        return prefectures.EnumerateArray()
            .Select(p => p.GetProperty("published"))
            .Sum(c => (long)c.GetProperty("parks").GetInt32() + c.GetProperty("policies").GetInt32() + c.GetProperty("projects").GetInt32());
    }
}
