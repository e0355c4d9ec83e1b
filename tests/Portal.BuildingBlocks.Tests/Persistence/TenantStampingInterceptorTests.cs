using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Persistence;
using Portal.BuildingBlocks.Tests.Infrastructure;
using Portal.Testing;

namespace Portal.BuildingBlocks.Tests.Persistence;

/// <summary>
/// Writes are stamped and guarded whatever the query filter said: each attack loads its target
/// with the filter switched off, as a handler with a missing or ignored filter would.
/// </summary>
public sealed class TenantStampingInterceptorTests
{
    private static readonly Guid TenantA = Guid.NewGuid();
    private static readonly Guid TenantB = Guid.NewGuid();

    [Fact]
    public Task Inserts_are_stamped_with_the_current_tenant_on_sqlite() => InsertsAreStamped(Engine.Sqlite);

    [ServiceFact(Service.Postgres)]
    public Task Inserts_are_stamped_with_the_current_tenant_on_postgres() => InsertsAreStamped(Engine.Postgres);

    [Fact]
    public Task Inserting_for_another_tenant_is_refused_on_sqlite() => InsertingForAnotherTenantIsRefused(Engine.Sqlite);

    [ServiceFact(Service.Postgres)]
    public Task Inserting_for_another_tenant_is_refused_on_postgres() => InsertingForAnotherTenantIsRefused(Engine.Postgres);

    [Fact]
    public Task Changing_or_deleting_another_tenants_row_is_refused_on_sqlite() => ChangingOrDeletingAnotherTenantsRowIsRefused(Engine.Sqlite);

    [ServiceFact(Service.Postgres)]
    public Task Changing_or_deleting_another_tenants_row_is_refused_on_postgres() => ChangingOrDeletingAnotherTenantsRowIsRefused(Engine.Postgres);

    [Fact]
    public Task Moving_a_row_to_another_tenant_is_refused_on_sqlite() => MovingARowToAnotherTenantIsRefused(Engine.Sqlite);

    [ServiceFact(Service.Postgres)]
    public Task Moving_a_row_to_another_tenant_is_refused_on_postgres() => MovingARowToAnotherTenantIsRefused(Engine.Postgres);

    private static async Task InsertsAreStamped(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);

        await TestDatabase.WriteAsync(db.Primary, TenantA, ctx => ctx.Notes.Add(new Note { Text = "of A" }));
        await TestDatabase.WriteAsync(db.Primary, null, ctx => ctx.Notes.Add(new Note { Text = "of host" }));
        await TestDatabase.WriteAsync(db.Primary, TenantB, ctx => ctx.Notes.Add(new Note { Text = "of B", TenantId = TenantB }));

        var notes = (await db.AllNotesAsync()).ToDictionary(n => n.Text, n => n.TenantId);
        Assert.Equal(TenantA, notes["of A"]);
        Assert.Null(notes["of host"]);
        Assert.Equal(TenantB, notes["of B"]);
    }

    private static async Task InsertingForAnotherTenantIsRefused(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);

        // A legitimate row in the same unit of work must not be saved either.
        await Assert.ThrowsAsync<CrossTenantWriteException>(() => TestDatabase.WriteAsync(db.Primary, TenantA, ctx =>
            ctx.Notes.AddRange(new Note { Text = "legit" }, new Note { Text = "smuggled", TenantId = TenantB })));

        // The host is not a super-user for writes: it cannot create a prefecture's row.
        await Assert.ThrowsAsync<CrossTenantWriteException>(() => TestDatabase.WriteAsync(db.Primary, null, ctx =>
            ctx.Notes.Add(new Note { Text = "planted", TenantId = TenantA })));

        Assert.Empty(await db.AllNotesAsync());
    }

    private static async Task ChangingOrDeletingAnotherTenantsRowIsRefused(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var victim = new Note { Text = "original" };
        await TestDatabase.WriteAsync(db.Primary, TenantB, ctx => ctx.Notes.Add(victim));

        foreach (var attacker in new Guid?[] { TenantA, null })
        {
            await Assert.ThrowsAsync<CrossTenantWriteException>(() => TestDatabase.WriteAsync(db.Primary, attacker, async ctx =>
                (await LoadIgnoringFilterAsync(ctx, victim.Id)).Text = "defaced"));

            await Assert.ThrowsAsync<CrossTenantWriteException>(() => TestDatabase.WriteAsync(db.Primary, attacker, async ctx =>
                ctx.Notes.Remove(await LoadIgnoringFilterAsync(ctx, victim.Id))));
        }

        var stored = Assert.Single(await db.AllNotesAsync());
        Assert.Equal("original", stored.Text);
        Assert.Equal(TenantB, stored.TenantId);

        // The owner itself may change it: the guard is about the tenant, not about writes in general.
        await TestDatabase.WriteAsync(db.Primary, TenantB, async ctx => (await LoadIgnoringFilterAsync(ctx, victim.Id)).Text = "edited");
        Assert.Equal("edited", Assert.Single(await db.AllNotesAsync()).Text);
    }

    private static async Task MovingARowToAnotherTenantIsRefused(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var note = new Note { Text = "mine" };
        await TestDatabase.WriteAsync(db.Primary, TenantA, ctx => ctx.Notes.Add(note));

        await Assert.ThrowsAsync<CrossTenantWriteException>(() => TestDatabase.WriteAsync(db.Primary, TenantA, async ctx =>
            (await LoadIgnoringFilterAsync(ctx, note.Id)).TenantId = TenantB));
        await Assert.ThrowsAsync<CrossTenantWriteException>(() => TestDatabase.WriteAsync(db.Primary, TenantA, async ctx =>
            (await LoadIgnoringFilterAsync(ctx, note.Id)).TenantId = null));

        Assert.Equal(TenantA, Assert.Single(await db.AllNotesAsync()).TenantId);
    }

    private static Task<Note> LoadIgnoringFilterAsync(TestDbContext ctx, Guid id) =>
        ctx.Notes.IgnoreQueryFilters([TenantFilter.Name]).SingleAsync(n => n.Id == id);
}
