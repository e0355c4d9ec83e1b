using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Persistence;
using Portal.BuildingBlocks.Tests.Infrastructure;
using Portal.Testing;

namespace Portal.BuildingBlocks.Tests.Persistence;

/// <summary>The <c>Tenant</c> named query filter: strict equality, on both engines.</summary>
public sealed class TenantFilterTests
{
    private static readonly Guid TenantA = Guid.NewGuid();
    private static readonly Guid TenantB = Guid.NewGuid();

    [Fact]
    public Task Each_tenant_reads_only_its_own_rows_on_sqlite() => EachTenantReadsOnlyItsOwnRows(Engine.Sqlite);

    [ServiceFact(Service.Postgres)]
    public Task Each_tenant_reads_only_its_own_rows_on_postgres() => EachTenantReadsOnlyItsOwnRows(Engine.Postgres);

    [Fact]
    public Task The_host_reads_host_rows_only_never_all_rows_on_sqlite() => TheHostReadsHostRowsOnly(Engine.Sqlite);

    [ServiceFact(Service.Postgres)]
    public Task The_host_reads_host_rows_only_never_all_rows_on_postgres() => TheHostReadsHostRowsOnly(Engine.Postgres);

    [Fact]
    public Task Ignoring_the_named_filter_reads_every_row_on_sqlite() => IgnoringTheNamedFilterReadsEveryRow(Engine.Sqlite);

    [ServiceFact(Service.Postgres)]
    public Task Ignoring_the_named_filter_reads_every_row_on_postgres() => IgnoringTheNamedFilterReadsEveryRow(Engine.Postgres);

    private static async Task EachTenantReadsOnlyItsOwnRows(Engine engine)
    {
        await using var db = await SeedAsync(engine);

        Assert.Equal(["a1", "a2"], await TextsAsync(db, TenantA));
        Assert.Equal(["b1"], await TextsAsync(db, TenantB));
        Assert.Empty(await TextsAsync(db, Guid.NewGuid()));

        // Not just lists: a lookup by id of another tenant's row finds nothing either.
        var b1 = Assert.Single(await db.AllNotesAsync(), n => n.Text == "b1");
        Assert.Null(await db.ReadAsAsync(TenantA, ctx => ctx.Notes.FirstOrDefaultAsync(n => n.Id == b1.Id)));
        Assert.Equal(2, await db.ReadAsAsync(TenantA, ctx => ctx.Notes.CountAsync()));
    }

    private static async Task TheHostReadsHostRowsOnly(Engine engine)
    {
        await using var db = await SeedAsync(engine);

        Assert.Equal(["h1"], await TextsAsync(db, null));
        Assert.Equal(1, await db.ReadAsAsync(null, ctx => ctx.Notes.CountAsync()));
    }

    private static async Task IgnoringTheNamedFilterReadsEveryRow(Engine engine)
    {
        await using var db = await SeedAsync(engine);

        var all = await db.ReadAsAsync(TenantA, ctx => ctx.Notes.IgnoreQueryFilters([TenantFilter.Name])
            .OrderBy(n => n.Text).Select(n => n.Text).ToListAsync());
        Assert.Equal(["a1", "a2", "b1", "h1"], all);
    }

    private static async Task<TestDatabase> SeedAsync(Engine engine)
    {
        var db = await TestDatabase.CreateAsync(engine);
        await TestDatabase.WriteAsync(db.Primary, TenantA, ctx => ctx.Notes.AddRange(new Note { Text = "a1" }, new Note { Text = "a2" }));
        await TestDatabase.WriteAsync(db.Primary, TenantB, ctx => ctx.Notes.Add(new Note { Text = "b1" }));
        await TestDatabase.WriteAsync(db.Primary, null, ctx => ctx.Notes.Add(new Note { Text = "h1" }));
        return db;
    }

    private static Task<List<string>> TextsAsync(TestDatabase db, Guid? tenantId) =>
        db.ReadAsAsync(tenantId, ctx => ctx.Notes.OrderBy(n => n.Text).Select(n => n.Text).ToListAsync());
}
