using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.BuildingBlocks.Outbox;
using Portal.BuildingBlocks.Tests.Infrastructure;
using Portal.Testing;

namespace Portal.BuildingBlocks.Tests.Outbox;

/// <summary>
/// When the dispatcher is woken: after the outbox rows are committed, not before (the dispatcher
/// would find nothing and sleep until the next poll), and not for saves without events.
/// </summary>
public sealed class OutboxCommitInterceptorTests
{
    private static readonly Guid TenantA = Guid.NewGuid();

    [Fact]
    public Task A_save_with_events_wakes_the_dispatcher_and_one_without_does_not_on_sqlite() => WakesOnlyForEvents(Engine.Sqlite);

    [ServiceFact(Service.Postgres)]
    public Task A_save_with_events_wakes_the_dispatcher_and_one_without_does_not_on_postgres() => WakesOnlyForEvents(Engine.Postgres);

    [Fact]
    public Task In_an_explicit_transaction_the_wake_up_waits_for_the_commit_on_sqlite() => WakeUpWaitsForTheCommit(Engine.Sqlite);

    [ServiceFact(Service.Postgres)]
    public Task In_an_explicit_transaction_the_wake_up_waits_for_the_commit_on_postgres() => WakeUpWaitsForTheCommit(Engine.Postgres);

    private static async Task WakesOnlyForEvents(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        using var wakeUps = db.Primary.GetRequiredService<OutboxSignal>().Subscribe(typeof(TestDbContext));

        await TestDatabase.WriteAsync(db.Primary, TenantA, ctx => ctx.Notes.Add(new Note { Text = "quiet" }));
        Assert.False(wakeUps.TryTakeWakeUp());

        await db.WriteNoteAsync(TenantA, "loud");
        Assert.True(wakeUps.TryTakeWakeUp());
        Assert.False(wakeUps.TryTakeWakeUp());
    }

    private static async Task WakeUpWaitsForTheCommit(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        using var wakeUps = db.Primary.GetRequiredService<OutboxSignal>().Subscribe(typeof(TestDbContext));

        await using var scope = db.Primary.CreateAsyncScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(TenantA);
        var ctx = scope.ServiceProvider.GetRequiredService<TestDbContext>();

        // Rolled back: the rows never existed, nobody is woken, then or later.
        await using (var transaction = await ctx.Database.BeginTransactionAsync())
        {
            AddNoteWithEvent(ctx, "rolled back");
            await ctx.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.False(wakeUps.TryTakeWakeUp());
        ctx.ChangeTracker.Clear();

        // Committed: saved first, visible (and signalled) only at the commit.
        await using (var transaction = await ctx.Database.BeginTransactionAsync())
        {
            AddNoteWithEvent(ctx, "committed");
            await ctx.SaveChangesAsync();
            Assert.False(wakeUps.TryTakeWakeUp());

            await transaction.CommitAsync();
            Assert.True(wakeUps.TryTakeWakeUp());
        }
    }

    private static void AddNoteWithEvent(TestDbContext ctx, string text)
    {
        var note = new Note { Text = text };
        ctx.Notes.Add(note);
        ctx.AddIntegrationEvent(new NoteWritten(note.Id, text));
    }
}
