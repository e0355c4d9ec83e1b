using System.Collections.Concurrent;

namespace Portal.BuildingBlocks.Tests.Infrastructure;

/// <summary>What the test handlers saw, shared by every node of one test database.</summary>
internal sealed class DeliveryLog
{
    private readonly ConcurrentDictionary<Guid, byte> _inFlight = new();
    private int _overlaps;

    /// <summary>Handler invocations per note, failed ones included.</summary>
    public ConcurrentDictionary<Guid, int> Attempts { get; } = new();

    /// <summary>Successful deliveries per note.</summary>
    public ConcurrentDictionary<Guid, int> Completed { get; } = new();

    public ConcurrentDictionary<Guid, Guid?> TenantSeen { get; } = new();

    /// <summary>Whether the handler's own (tenant-filtered) context could read the note.</summary>
    public ConcurrentDictionary<Guid, bool> NoteVisible { get; } = new();

    public ConcurrentDictionary<Guid, string> DeliveredBy { get; } = new();

    /// <summary>Times a handler started for a note another handler was still working on.</summary>
    public int Overlaps => Volatile.Read(ref _overlaps);

    public void Enter(Guid noteId)
    {
        Attempts.AddOrUpdate(noteId, 1, (_, count) => count + 1);
        if (!_inFlight.TryAdd(noteId, 0))
        {
            Interlocked.Increment(ref _overlaps);
        }
    }

    public void Exit(Guid noteId) => _inFlight.TryRemove(noteId, out _);
}
