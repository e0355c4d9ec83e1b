using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Outbox;
using Portal.BuildingBlocks.Tests.Infrastructure;
using Portal.Testing;

namespace Portal.BuildingBlocks.Tests.Outbox;

/// <summary>Several dispatchers on one database, as with several nodes behind a load balancer.</summary>
public sealed class OutboxConcurrencyTests
{
    private const int MessageCount = 200;
    private const int DispatcherCount = 4;

    private static readonly Guid TenantA = Guid.NewGuid();

    [ServiceFact(Service.Postgres)]
    public Task Several_dispatchers_deliver_every_message_exactly_once_on_postgres() => SeveralDispatchersDeliverEveryMessageOnce(Engine.Postgres);

    /// <summary>The embedded default runs one process, but several dispatchers on one file must still be safe.</summary>
    [Fact]
    public Task Several_dispatchers_deliver_every_message_exactly_once_on_sqlite() => SeveralDispatchersDeliverEveryMessageOnce(Engine.Sqlite);

    /// <summary>
    /// The deterministic half of the above: while another claim holds row locks on the oldest
    /// messages, a claim takes the others at once instead of waiting for (or double-leasing) them.
    /// </summary>
    [ServiceFact(Service.Postgres)]
    public async Task A_claim_skips_rows_another_claim_is_locking_on_postgres()
    {
        await using var db = await TestDatabase.CreateAsync(Engine.Postgres);
        var notes = new List<Note>();
        for (var i = 0; i < 5; i++)
        {
            notes.Add(await db.WriteNoteAsync(TenantA, $"note {i}"));
            db.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var oldest = notes.Take(3).Select(n => n.Id).ToHashSet();
        var lockedIds = (await db.OutboxAsync())
            .Where(m => oldest.Any(id => m.Payload.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase)))
            .Select(m => m.Id)
            .ToList();
        Assert.Equal(3, lockedIds.Count);

        await using (var scope = db.Primary.CreateAsyncScope())
        {
            var ctx = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            await using var locker = await ctx.Database.BeginTransactionAsync();
            var locked = await ctx.OutboxMessages
                .FromSql($"SELECT * FROM bbtest.outbox_messages WHERE \"Id\" = ANY({lockedIds}) FOR UPDATE")
                .AsNoTracking()
                .ToListAsync();
            Assert.Equal(3, locked.Count);

            // Blocking here instead of skipping would hit the timeout and fail the test.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var processor = db.Primary.NewProcessor();
            Assert.Equal(2, await processor.ProcessBatchAsync(timeout.Token));
            Assert.Equal(notes.Skip(3).Select(n => n.Id).Order(), db.Log.Completed.Keys.Order());

            await locker.RollbackAsync();
        }

        // Once the other claim is gone, the rest is delivered.
        Assert.Equal(3, await db.Primary.NewProcessor().ProcessBatchAsync(CancellationToken.None));
        Assert.Equal(5, db.Log.Completed.Count);
    }

    private static async Task SeveralDispatchersDeliverEveryMessageOnce(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var noteIds = new List<Guid>();
        await TestDatabase.WriteAsync(db.Primary, TenantA, ctx =>
        {
            for (var i = 0; i < MessageCount; i++)
            {
                var note = new Note { Text = $"note {i:000}" };
                ctx.Notes.Add(note);
                ctx.AddIntegrationEvent(new NoteWritten(note.Id, note.Text));
                noteIds.Add(note.Id);
            }
        });

        // Small batches and several nodes: claims collide often, which is what this is about.
        var settings = Processors.Outbox(("BatchSize", "5"));
        var processors = Enumerable.Range(1, DispatcherCount)
            .Select(i => db.Node($"node {i}", settings).NewProcessor())
            .ToList();

        // All start together and keep claiming until a batch comes back empty.
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = processors.Select(processor => Task.Run(() => DrainAsync(processor, go.Task))).ToList();
        go.SetResult();
        var leased = await Task.WhenAll(runs);

        // Each message was leased once in total, and delivered once, never by two at the same time.
        Assert.Equal(MessageCount, leased.Sum());
        Assert.Equal(MessageCount, db.Log.Completed.Count);
        Assert.All(noteIds, id => Assert.Equal(1, db.Log.Completed[id]));
        Assert.All(noteIds, id => Assert.Equal(1, db.Log.Attempts[id]));
        Assert.Equal(0, db.Log.Overlaps);
        Assert.All(await db.OutboxAsync(), m => Assert.NotNull(m.ProcessedAt));

        // On PostgreSQL the work really was shared, or this would prove nothing about concurrent claiming.
        // SQLite serializes writers and does not queue them fairly, so one may starve: safe, just not shared.
        if (engine == Engine.Postgres)
        {
            Assert.True(db.Log.DeliveredBy.Values.Distinct().Count() > 1, "Only one dispatcher delivered anything.");
        }
    }

    private static async Task<int> DrainAsync(OutboxProcessor<TestDbContext> processor, Task go)
    {
        await go;
        var total = 0;
        int leased;
        while ((leased = await processor.ProcessBatchAsync(CancellationToken.None)) > 0)
        {
            total += leased;
        }

        return total;
    }
}
