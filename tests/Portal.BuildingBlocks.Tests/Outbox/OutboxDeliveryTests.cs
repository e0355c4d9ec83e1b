using Portal.BuildingBlocks.Tests.Infrastructure;
using Portal.Testing;

namespace Portal.BuildingBlocks.Tests.Outbox;

/// <summary>Delivery survives crashes: of the writer before dispatch, and of a dispatcher holding a lease.</summary>
public sealed class OutboxDeliveryTests
{
    private static readonly Guid TenantA = Guid.NewGuid();
    private static readonly Guid TenantB = Guid.NewGuid();

    [Fact]
    public Task A_crash_between_commit_and_dispatch_loses_nothing_on_sqlite() => ACrashBetweenCommitAndDispatchLosesNothing(Engine.Sqlite);

    [ServiceFact(Service.Postgres)]
    public Task A_crash_between_commit_and_dispatch_loses_nothing_on_postgres() => ACrashBetweenCommitAndDispatchLosesNothing(Engine.Postgres);

    [Fact]
    public Task A_crashed_dispatchers_lease_expires_and_its_late_outcome_is_discarded_on_sqlite() =>
        ACrashedDispatchersLeaseExpires(Engine.Sqlite);

    [ServiceFact(Service.Postgres)]
    public Task A_crashed_dispatchers_lease_expires_and_its_late_outcome_is_discarded_on_postgres() =>
        ACrashedDispatchersLeaseExpires(Engine.Postgres);

    [Fact]
    public Task Handlers_run_in_the_tenant_that_wrote_the_event_on_sqlite() => HandlersRunInTheTenantThatWroteTheEvent(Engine.Sqlite);

    [ServiceFact(Service.Postgres)]
    public Task Handlers_run_in_the_tenant_that_wrote_the_event_on_postgres() => HandlersRunInTheTenantThatWroteTheEvent(Engine.Postgres);

    [Fact]
    public Task An_event_nobody_listens_to_is_marked_processed_on_sqlite() => AnEventNobodyListensToIsMarkedProcessed(Engine.Sqlite);

    [ServiceFact(Service.Postgres)]
    public Task An_event_nobody_listens_to_is_marked_processed_on_postgres() => AnEventNobodyListensToIsMarkedProcessed(Engine.Postgres);

    [Fact]
    public Task A_batch_leases_at_most_the_batch_size_on_sqlite() => ABatchLeasesAtMostTheBatchSize(Engine.Sqlite);

    [ServiceFact(Service.Postgres)]
    public Task A_batch_leases_at_most_the_batch_size_on_postgres() => ABatchLeasesAtMostTheBatchSize(Engine.Postgres);

    [Fact]
    public Task A_cancelled_batch_hands_its_leases_back_on_sqlite() => ACancelledBatchHandsItsLeasesBack(Engine.Sqlite);

    [ServiceFact(Service.Postgres)]
    public Task A_cancelled_batch_hands_its_leases_back_on_postgres() => ACancelledBatchHandsItsLeasesBack(Engine.Postgres);

    private static async Task ACancelledBatchHandsItsLeasesBack(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var first = await db.WriteNoteAsync(TenantA, "interrupted");
        var second = await db.WriteNoteAsync(TenantA, "not started");

        // The host shuts down while a handler runs: the handler observes the token and gives up.
        var stoppingNode = db.Node("stopping");
        stoppingNode.Script().Behaviour = (_, cancellationToken) => Task.Delay(Timeout.Infinite, cancellationToken);
        using var stopping = new CancellationTokenSource();
        var batch = stoppingNode.NewProcessor().ProcessBatchAsync(stopping.Token);
        await Eventually.WaitUntilAsync(() => db.Log.Attempts.Count == 1, "a handler is running");
        await stopping.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => batch);

        // Neither a failure nor processed, and free at once: no waiting for the lease to run out.
        foreach (var note in new[] { first, second })
        {
            var message = await db.OutboxMessageOfAsync(note.Id);
            Assert.Null(message.LockedBy);
            Assert.Null(message.LockedUntil);
            Assert.Null(message.ProcessedAt);
            Assert.Equal(0, message.Attempts);
        }

        Assert.Equal(2, await db.Node("next").NewProcessor().ProcessBatchAsync(CancellationToken.None));
        Assert.Equal(1, db.Log.Completed[first.Id]);
        Assert.Equal(1, db.Log.Completed[second.Id]);
    }

    private static async Task ACrashBetweenCommitAndDispatchLosesNothing(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);

        // The writing process commits and dies before any dispatcher ran.
        var writer = db.Node("writer");
        var note = await db.WriteNoteAsync(TenantA, "survives", writer);
        await writer.DisposeAsync();
        Assert.Empty(db.Log.Attempts);

        // A process started later finds the event in the database and delivers it, once.
        var restarted = db.Node("restarted").NewProcessor();
        Assert.Equal(1, await restarted.ProcessBatchAsync(CancellationToken.None));
        Assert.Equal(0, await restarted.ProcessBatchAsync(CancellationToken.None));

        Assert.Equal(1, db.Log.Completed[note.Id]);
        Assert.Equal(1, db.Log.Attempts[note.Id]);
        var message = await db.OutboxMessageOfAsync(note.Id);
        Assert.Equal(db.Clock.GetUtcNow(), message.ProcessedAt);
        Assert.Null(message.LockedBy);
        Assert.Null(message.LockedUntil);
        Assert.Equal(0, message.Attempts);
    }

    private static async Task ACrashedDispatchersLeaseExpires(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var settings = Processors.Outbox(("LeaseDuration", "00:00:30"));
        var stalledNode = db.Node("stalled", settings);
        var survivorNode = db.Node("survivor", settings);
        var note = await db.WriteNoteAsync(TenantA, "contested");
        var leasedAt = db.Clock.GetUtcNow();

        // The first dispatcher leases the message and hangs in the handler (a crash, as far as anyone can tell).
        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        stalledNode.Script().Behaviour = async (_, _) =>
        {
            await resume.Task;
            throw new InvalidOperationException("woke up too late");
        };
        var stalled = stalledNode.NewProcessor();
        var stalledBatch = stalled.ProcessBatchAsync(CancellationToken.None);
        await Eventually.WaitUntilAsync(() => db.Log.Attempts.ContainsKey(note.Id), "the first dispatcher is inside the handler");

        var leased = await db.OutboxMessageOfAsync(note.Id);
        Assert.Equal(stalled.Owner, leased.LockedBy);
        Assert.Equal(leasedAt.AddSeconds(30), leased.LockedUntil);

        // While the lease lasts (its last instant included) nobody else takes the message.
        var survivor = survivorNode.NewProcessor();
        Assert.Equal(0, await survivor.ProcessBatchAsync(CancellationToken.None));
        db.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(0, await survivor.ProcessBatchAsync(CancellationToken.None));

        // Once it has expired, another dispatcher delivers it.
        db.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await survivor.ProcessBatchAsync(CancellationToken.None));
        Assert.Equal("survivor", db.Log.DeliveredBy[note.Id]);
        var delivered = await db.OutboxMessageOfAsync(note.Id);
        Assert.Equal(db.Clock.GetUtcNow(), delivered.ProcessedAt);

        // The stalled dispatcher finally fails: it no longer holds the lease, so it must not
        // record a failure over the survivor's success.
        resume.SetResult();
        Assert.Equal(1, await stalledBatch);
        var final = await db.OutboxMessageOfAsync(note.Id);
        Assert.Equal(delivered.ProcessedAt, final.ProcessedAt);
        Assert.Equal(0, final.Attempts);
        Assert.Null(final.LastError);
        Assert.Null(final.DeadLetteredAt);
        Assert.Null(final.LockedBy);
        Assert.Equal(1, db.Log.Completed[note.Id]);
        Assert.Equal(2, db.Log.Attempts[note.Id]);
    }

    private static async Task HandlersRunInTheTenantThatWroteTheEvent(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var ofA = await db.WriteNoteAsync(TenantA, "of A");
        var ofB = await db.WriteNoteAsync(TenantB, "of B");
        var ofHost = await db.WriteNoteAsync(null, "of the host");

        Assert.Equal(3, await db.Primary.NewProcessor().ProcessBatchAsync(CancellationToken.None));

        Assert.Equal(TenantA, db.Log.TenantSeen[ofA.Id]);
        Assert.Equal(TenantB, db.Log.TenantSeen[ofB.Id]);
        Assert.Null(db.Log.TenantSeen[ofHost.Id]);

        // The handler's own context filters by that tenant too, so it can read what the event is about.
        Assert.True(db.Log.NoteVisible[ofA.Id]);
        Assert.True(db.Log.NoteVisible[ofB.Id]);
        Assert.True(db.Log.NoteVisible[ofHost.Id]);
    }

    private static async Task AnEventNobodyListensToIsMarkedProcessed(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await TestDatabase.WriteAsync(db.Primary, TenantA, ctx => ctx.AddIntegrationEvent(new NobodyListens(Guid.NewGuid())));

        Assert.Equal(1, await db.Primary.NewProcessor().ProcessBatchAsync(CancellationToken.None));

        var message = Assert.Single(await db.OutboxAsync());
        Assert.Equal(db.Clock.GetUtcNow(), message.ProcessedAt);
        Assert.Equal(0, message.Attempts);
        Assert.Null(message.DeadLetteredAt);
        Assert.Empty(db.Log.Attempts);
    }

    private static async Task ABatchLeasesAtMostTheBatchSize(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var processor = db.Node("small batches", Processors.Outbox(("BatchSize", "2"))).NewProcessor();
        for (var i = 0; i < 5; i++)
        {
            await db.WriteNoteAsync(TenantA, $"note {i}");
        }

        Assert.Equal(2, await processor.ProcessBatchAsync(CancellationToken.None));
        Assert.Equal(2, await processor.ProcessBatchAsync(CancellationToken.None));
        Assert.Equal(1, await processor.ProcessBatchAsync(CancellationToken.None));
        Assert.Equal(0, await processor.ProcessBatchAsync(CancellationToken.None));
        Assert.Equal(5, db.Log.Completed.Count);
    }
}
