using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Portal.BuildingBlocks.Outbox;

/// <summary>
/// The one statement that leases a batch of due messages, written from the names EF Core maps
/// (table, schema, columns) so it cannot drift from the migrations. Parameters go through the
/// columns' value converters: on SQLite a DateTimeOffset is stored as a number, not as itself.
/// </summary>
internal sealed class OutboxClaimSql
{
    private readonly IEntityType _entityType;

    private OutboxClaimSql(IEntityType entityType, string sql)
    {
        _entityType = entityType;
        Sql = sql;
    }

    /// <summary>Parameters: {0} lease end, {1} lease owner, {2} now, {3} batch size.</summary>
    public string Sql { get; }

    public static OutboxClaimSql For(DbContext context)
    {
        var entityType = context.Model.FindEntityType(typeof(OutboxMessage))
            ?? throw new InvalidOperationException($"{context.GetType().Name} does not map the outbox; call ModuleModel.Apply in OnModelCreating.");
        var tableName = entityType.GetTableName()
            ?? throw new InvalidOperationException("The outbox is not mapped to a table.");
        var schema = entityType.GetSchema();
        var store = StoreObjectIdentifier.Table(tableName, schema);
        var sql = context.GetService<ISqlGenerationHelper>();

        string Column(string property) =>
            sql.DelimitIdentifier(entityType.FindProperty(property)!.GetColumnName(store)!);

        // PostgreSQL: rows another dispatcher is claiming right now are skipped, not waited for, and
        // the row lock re-checks the WHERE clause, so two nodes never lease the same message.
        // SQLite: one writer at a time already, and no row locks to take.
        var lockClause = context.Database.IsNpgsql() ? "FOR UPDATE SKIP LOCKED"
            : context.Database.IsSqlite() ? ""
            : throw new NotSupportedException($"The outbox dispatcher supports PostgreSQL and SQLite, not {context.Database.ProviderName}.");

        var table = sql.DelimitIdentifier(tableName, schema);
        var id = Column(nameof(OutboxMessage.Id));
        var lockedUntil = Column(nameof(OutboxMessage.LockedUntil));
        var returning = string.Join(", ", entityType.GetProperties().Select(p => sql.DelimitIdentifier(p.GetColumnName(store)!)));

        var claim = $$"""
            UPDATE {{table}} SET {{lockedUntil}} = {0}, {{Column(nameof(OutboxMessage.LockedBy))}} = {1}
            WHERE {{id}} IN (
                SELECT {{id}} FROM {{table}}
                WHERE {{Column(nameof(OutboxMessage.ProcessedAt))}} IS NULL
                  AND {{Column(nameof(OutboxMessage.DeadLetteredAt))}} IS NULL
                  AND {{Column(nameof(OutboxMessage.NextAttemptAt))}} <= {2}
                  AND ({{lockedUntil}} IS NULL OR {{lockedUntil}} < {2})
                ORDER BY {{Column(nameof(OutboxMessage.OccurredAt))}}
                LIMIT {3}
                {{lockClause}})
            RETURNING {{returning}}
            """;
        return new OutboxClaimSql(entityType, claim);
    }

    public object[] Parameters(DateTimeOffset lockedUntil, string owner, DateTimeOffset now, int batchSize) =>
    [
        ToProvider(nameof(OutboxMessage.LockedUntil), lockedUntil),
        owner,
        ToProvider(nameof(OutboxMessage.NextAttemptAt), now),
        batchSize,
    ];

    private object ToProvider(string property, DateTimeOffset value) =>
        _entityType.FindProperty(property)!.GetTypeMapping().Converter?.ConvertToProvider(value) ?? value;
}
