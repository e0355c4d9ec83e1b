using Portal.BuildingBlocks.Tests.Infrastructure;
using Portal.Testing;

namespace Portal.BuildingBlocks.Tests.Outbox;

/// <summary>A failing handler is retried with growing delays, then dead-lettered; a failure is never marked processed.</summary>
public sealed class OutboxRetryTests
{
    private static readonly Guid TenantA = Guid.NewGuid();

    private static readonly Dictionary<string, string?> Settings = Processors.Outbox(
        ("MaxAttempts", "3"), ("BaseBackoff", "00:00:02"), ("MaxBackoff", "00:01:00"));

    [Fact]
    public Task A_failing_handler_is_retried_with_backoff_then_dead_lettered_on_sqlite() => RetriedThenDeadLettered(Engine.Sqlite);

    [ServiceFact(Service.Postgres)]
    public Task A_failing_handler_is_retried_with_backoff_then_dead_lettered_on_postgres() => RetriedThenDeadLettered(Engine.Postgres);

    [Fact]
    public Task A_handler_that_recovers_is_delivered_on_a_later_attempt_on_sqlite() => RecoversOnALaterAttempt(Engine.Sqlite);

    [ServiceFact(Service.Postgres)]
    public Task A_handler_that_recovers_is_delivered_on_a_later_attempt_on_postgres() => RecoversOnALaterAttempt(Engine.Postgres);

    [Fact]
    public Task A_long_error_is_cut_to_fit_its_column_on_sqlite() => ALongErrorIsCutToFit(Engine.Sqlite);

    [ServiceFact(Service.Postgres)]
    public Task A_long_error_is_cut_to_fit_its_column_on_postgres() => ALongErrorIsCutToFit(Engine.Postgres);

    private static async Task RetriedThenDeadLettered(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var node = db.Node("failing", Settings);
        node.Script().Behaviour = (_, _) => throw new InvalidOperationException("search index unavailable");
        var processor = node.NewProcessor();
        var note = await db.WriteNoteAsync(TenantA, "unlucky");
        var start = db.Clock.GetUtcNow();

        // Attempt 1 fails: retried 2 s later, not processed, lease released.
        Assert.Equal(1, await processor.ProcessBatchAsync(CancellationToken.None));
        var message = await db.OutboxMessageOfAsync(note.Id);
        Assert.Equal(1, message.Attempts);
        Assert.Equal(start.AddSeconds(2), message.NextAttemptAt);
        Assert.Equal("System.InvalidOperationException: search index unavailable", message.LastError);
        Assert.Null(message.ProcessedAt);
        Assert.Null(message.DeadLetteredAt);
        Assert.Null(message.LockedBy);
        Assert.Null(message.LockedUntil);

        // Not before it is due.
        Assert.Equal(0, await processor.ProcessBatchAsync(CancellationToken.None));
        db.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, await processor.ProcessBatchAsync(CancellationToken.None));

        // Attempt 2 fails: the delay doubles.
        db.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await processor.ProcessBatchAsync(CancellationToken.None));
        message = await db.OutboxMessageOfAsync(note.Id);
        Assert.Equal(2, message.Attempts);
        Assert.Equal(start.AddSeconds(2 + 4), message.NextAttemptAt);
        Assert.Null(message.ProcessedAt);

        // Attempt 3 = MaxAttempts fails: dead-lettered, kept, still not processed.
        db.Clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(1, await processor.ProcessBatchAsync(CancellationToken.None));
        message = await db.OutboxMessageOfAsync(note.Id);
        Assert.Equal(3, message.Attempts);
        Assert.Equal(start.AddSeconds(6), message.DeadLetteredAt);
        Assert.Null(message.ProcessedAt);
        Assert.Null(message.LockedBy);
        Assert.NotNull(message.LastError);

        // And it is never picked up again.
        db.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await processor.ProcessBatchAsync(CancellationToken.None));
        Assert.Equal(3, db.Log.Attempts[note.Id]);
        Assert.False(db.Log.Completed.ContainsKey(note.Id));
    }

    private static async Task RecoversOnALaterAttempt(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var node = db.Node("flaky", Settings);
        var calls = 0;
        node.Script().Behaviour = (_, _) => Interlocked.Increment(ref calls) == 1
            ? throw new TimeoutException("first try times out")
            : Task.CompletedTask;
        var processor = node.NewProcessor();
        var note = await db.WriteNoteAsync(TenantA, "second time lucky");

        Assert.Equal(1, await processor.ProcessBatchAsync(CancellationToken.None));
        Assert.Null((await db.OutboxMessageOfAsync(note.Id)).ProcessedAt);

        db.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await processor.ProcessBatchAsync(CancellationToken.None));
        var message = await db.OutboxMessageOfAsync(note.Id);
        Assert.Equal(db.Clock.GetUtcNow(), message.ProcessedAt);
        Assert.Equal(1, message.Attempts);
        Assert.Null(message.DeadLetteredAt);
        Assert.Equal(1, db.Log.Completed[note.Id]);
    }

    private static async Task ALongErrorIsCutToFit(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var node = db.Node("verbose", Settings);
        node.Script().Behaviour = (_, _) =>
            throw new InvalidOperationException("outer", new FormatException(new string('x', 10_000)));
        var note = await db.WriteNoteAsync(TenantA, "wordy");

        Assert.Equal(1, await node.NewProcessor().ProcessBatchAsync(CancellationToken.None));

        var message = await db.OutboxMessageOfAsync(note.Id);
        Assert.Equal(1, message.Attempts);
        Assert.Equal(4000, message.LastError!.Length);
        Assert.StartsWith("System.InvalidOperationException: outer ---> System.FormatException: xxx", message.LastError, StringComparison.Ordinal);
    }
}
