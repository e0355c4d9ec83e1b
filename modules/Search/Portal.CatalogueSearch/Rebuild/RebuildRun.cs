using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.CatalogueSearch.Contracts;

namespace Portal.CatalogueSearch.Rebuild;

/// <summary>
/// The one row that says how the latest rebuild of the catalogue index went, kept in the database so
/// that every node answers the same progress and only one node rebuilds at a time. The node that
/// claimed the run keeps <see cref="HeartbeatAt"/> fresh; a run whose heartbeat stops (a crashed
/// node) may be claimed again after <see cref="RebuildLimits.StaleAfter"/>.
/// </summary>
internal sealed class RebuildRun
{
    /// <summary>The key of the catalogue index's row; one index, one row.</summary>
    public const string CatalogueIndex = "catalogue";

    private RebuildRun()
    {
    }

    public string Id { get; private set; } = CatalogueIndex;

    public string State { get; private set; } = SearchRebuildStates.Idle;

    public long Done { get; private set; }

    public long Total { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public string? Error { get; private set; }

    /// <summary>Who asked: a user or client name, <c>command-line</c> or <c>start-up</c>.</summary>
    public string? TriggeredBy { get; private set; }

    /// <summary>The node and attempt that claimed the run (host/pid/guid).</summary>
    public string? Owner { get; private set; }

    public DateTimeOffset? HeartbeatAt { get; private set; }

    public static RebuildRun NeverRan() => new();

    public SearchRebuildStatus ToStatus() => new(State, Done, Total, StartedAt, FinishedAt, Error, TriggeredBy);
}

internal static class RebuildLimits
{
    /// <summary>A running row whose heartbeat is older than this belongs to a node that died.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    public const int MaxErrorLength = 2000;

    public const int MaxTriggeredByLength = 200;

    /// <summary>Published ids read per page, and documents sent to the engine per batch.</summary>
    public const int PageSize = 200;
}

internal sealed class RebuildRunConfiguration : IEntityTypeConfiguration<RebuildRun>
{
    public void Configure(EntityTypeBuilder<RebuildRun> builder)
    {
        builder.ToTable("rebuild_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(40);
        builder.Property(r => r.State).HasMaxLength(20).IsRequired();
        builder.Property(r => r.Error).HasMaxLength(RebuildLimits.MaxErrorLength);
        builder.Property(r => r.TriggeredBy).HasMaxLength(RebuildLimits.MaxTriggeredByLength);
        builder.Property(r => r.Owner).HasMaxLength(200);
    }
}
