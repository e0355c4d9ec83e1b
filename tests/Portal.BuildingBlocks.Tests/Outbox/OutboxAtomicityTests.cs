using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Outbox;
using Portal.BuildingBlocks.Persistence;
using Portal.BuildingBlocks.Tests.Infrastructure;
using Portal.Testing;

namespace Portal.BuildingBlocks.Tests.Outbox;

/// <summary>The change and its event commit together or not at all.</summary>
public sealed class OutboxAtomicityTests
{
    private static readonly Guid TenantA = Guid.NewGuid();

    [Fact]
    public Task The_event_commits_with_the_change_on_sqlite() => TheEventCommitsWithTheChange(Engine.Sqlite);

    [ServiceFact(Service.Postgres)]
    public Task The_event_commits_with_the_change_on_postgres() => TheEventCommitsWithTheChange(Engine.Postgres);

    [Fact]
    public Task A_rolled_back_transaction_leaves_neither_on_sqlite() => ARolledBackTransactionLeavesNeither(Engine.Sqlite);

    [ServiceFact(Service.Postgres)]
    public Task A_rolled_back_transaction_leaves_neither_on_postgres() => ARolledBackTransactionLeavesNeither(Engine.Postgres);

    [Fact]
    public Task A_refused_change_leaves_no_event_on_sqlite() => ARefusedChangeLeavesNoEvent(Engine.Sqlite);

    [ServiceFact(Service.Postgres)]
    public Task A_refused_change_leaves_no_event_on_postgres() => ARefusedChangeLeavesNoEvent(Engine.Postgres);

    private static async Task TheEventCommitsWithTheChange(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);

        var note = await db.WriteNoteAsync(TenantA, "hello");

        Assert.Equal(note.Id, Assert.Single(await db.AllNotesAsync()).Id);
        var message = Assert.Single(await db.OutboxAsync());
        Assert.Equal(OutboxMessage.TypeName(typeof(NoteWritten)), message.Type);
        Assert.Equal(TenantA, message.TenantId);
        Assert.Contains(note.Id.ToString(), message.Payload, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, message.Attempts);
        Assert.Null(message.ProcessedAt);
        Assert.Null(message.LockedBy);

        // Stamped with the dispatcher's clock, so it is due exactly now by that clock.
        Assert.Equal(db.Clock.GetUtcNow(), message.OccurredAt);
        Assert.Equal(db.Clock.GetUtcNow(), message.NextAttemptAt);
    }

    private static async Task ARolledBackTransactionLeavesNeither(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);

        await using (var scope = db.Primary.CreateAsyncScope())
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(TenantA))
        {
            var ctx = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            await using var transaction = await ctx.Database.BeginTransactionAsync();
            var note = new Note { Text = "doomed" };
            ctx.Notes.Add(note);
            ctx.AddIntegrationEvent(new NoteWritten(note.Id, note.Text));
            await ctx.SaveChangesAsync();

            // Inside the transaction both are there...
            Assert.Equal(1, await ctx.OutboxMessages.CountAsync());
            await transaction.RollbackAsync();
        }

        // ...and after the rollback neither is.
        Assert.Empty(await db.AllNotesAsync());
        Assert.Empty(await db.OutboxAsync());
    }

    private static async Task ARefusedChangeLeavesNoEvent(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);

        await Assert.ThrowsAsync<CrossTenantWriteException>(() => TestDatabase.WriteAsync(db.Primary, TenantA, ctx =>
        {
            var note = new Note { Text = "smuggled", TenantId = Guid.NewGuid() };
            ctx.Notes.Add(note);
            ctx.AddIntegrationEvent(new NoteWritten(note.Id, note.Text));
        }));

        Assert.Empty(await db.AllNotesAsync());
        Assert.Empty(await db.OutboxAsync());
    }
}
