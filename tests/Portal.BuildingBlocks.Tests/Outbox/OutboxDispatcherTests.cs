using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Tests.Infrastructure;
using Portal.Testing;

namespace Portal.BuildingBlocks.Tests.Outbox;

/// <summary>
/// The hosted dispatcher. The clock is fake and only the test moves it, so a poll can only happen
/// when a test advances it: delivery with a still clock proves the commit itself woke the dispatcher.
/// </summary>
public sealed class OutboxDispatcherTests
{
    private static readonly Guid TenantA = Guid.NewGuid();

    [Fact]
    public Task A_commit_wakes_the_dispatcher_without_a_poll_on_sqlite() => ACommitWakesTheDispatcher(Engine.Sqlite);

    [ServiceFact(Service.Postgres)]
    public Task A_commit_wakes_the_dispatcher_without_a_poll_on_postgres() => ACommitWakesTheDispatcher(Engine.Postgres);

    [Fact]
    public Task Events_committed_by_another_node_are_found_by_polling_on_sqlite() => EventsOfAnotherNodeAreFoundByPolling(Engine.Sqlite);

    [ServiceFact(Service.Postgres)]
    public Task Events_committed_by_another_node_are_found_by_polling_on_postgres() => EventsOfAnotherNodeAreFoundByPolling(Engine.Postgres);

    private static async Task ACommitWakesTheDispatcher(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var node = db.Node("dispatching", Processors.Outbox(("PollInterval", "01:00:00")));
        var dispatcher = Assert.Single(node.GetServices<IHostedService>());
        await dispatcher.StartAsync(CancellationToken.None);
        try
        {
            // The first may be picked up by the dispatcher's start-up batch; after it, only a wake-up can deliver.
            var first = await db.WriteNoteAsync(TenantA, "first", node);
            await Eventually.WaitUntilAsync(() => db.Log.Completed.ContainsKey(first.Id), "the first note is delivered");

            var second = await db.WriteNoteAsync(TenantA, "second", node);
            await Eventually.WaitUntilAsync(() => db.Log.Completed.ContainsKey(second.Id), "a plain SaveChanges wakes the dispatcher");

            // In the caller's own transaction the wake-up must wait for the commit, or the rows are not visible yet.
            var third = new Note { Text = "third" };
            await using (var scope = node.CreateAsyncScope())
            using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(TenantA))
            {
                var ctx = scope.ServiceProvider.GetRequiredService<TestDbContext>();
                await using var transaction = await ctx.Database.BeginTransactionAsync();
                ctx.Notes.Add(third);
                ctx.AddIntegrationEvent(new NoteWritten(third.Id, third.Text));
                await ctx.SaveChangesAsync();
                await transaction.CommitAsync();
            }

            await Eventually.WaitUntilAsync(() => db.Log.Completed.ContainsKey(third.Id), "a commit of an explicit transaction wakes the dispatcher");
        }
        finally
        {
            await dispatcher.StopAsync(CancellationToken.None);
        }
    }

    private static async Task EventsOfAnotherNodeAreFoundByPolling(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var dispatching = db.Node("dispatching", Processors.Outbox(("PollInterval", "00:00:05")));
        var otherNode = db.Node("other");
        var dispatcher = Assert.Single(dispatching.GetServices<IHostedService>());
        await dispatcher.StartAsync(CancellationToken.None);
        try
        {
            // A commit on another node wakes nobody here; the next poll (the clock moves 1 s per check) finds it.
            var note = await db.WriteNoteAsync(TenantA, "from elsewhere", otherNode);
            await Eventually.WaitUntilAsync(
                () => db.Log.Completed.ContainsKey(note.Id),
                "the dispatcher polls and delivers the other node's event",
                betweenPolls: () => db.Clock.Advance(TimeSpan.FromSeconds(1)));
            Assert.Equal("dispatching", db.Log.DeliveredBy[note.Id]);
        }
        finally
        {
            await dispatcher.StopAsync(CancellationToken.None);
        }
    }
}
