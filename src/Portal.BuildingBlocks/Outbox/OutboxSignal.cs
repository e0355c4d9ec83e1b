using System.Collections.Immutable;
using System.Threading.Channels;

namespace Portal.BuildingBlocks.Outbox;

/// <summary>
/// Wakes this process's dispatchers right after a commit that wrote outbox rows, so an event is
/// delivered within milliseconds on the node that raised it. Polling still covers other nodes,
/// retries and commits the signal never saw; a lost or spurious wake-up costs at most one query.
/// </summary>
internal sealed class OutboxSignal(TimeProvider time)
{
    private ImmutableList<Subscription> _subscriptions = [];

    private TimeProvider Time => time;

    /// <summary>Listens for commits of <paramref name="contextType"/> or any context derived from it.</summary>
    public Subscription Subscribe(Type contextType)
    {
        var subscription = new Subscription(this, contextType);
        ImmutableInterlocked.Update(ref _subscriptions, list => list.Add(subscription));
        return subscription;
    }

    /// <summary>A context of <paramref name="committedContextType"/> committed outbox rows.</summary>
    public void Notify(Type committedContextType)
    {
        foreach (var subscription in Volatile.Read(ref _subscriptions))
        {
            // A module registers TContext; the instance that commits may be its SQLite or PostgreSQL subclass.
            if (subscription.ContextType.IsAssignableFrom(committedContextType))
            {
                subscription.Wake();
            }
        }
    }

    public sealed class Subscription : IDisposable
    {
        private readonly OutboxSignal _signal;

        // Capacity one, extra writes dropped: many commits during one batch coalesce into one wake-up,
        // and a commit made while the dispatcher was busy is still seen by its next wait.
        private readonly Channel<bool> _wakeUps = Channel.CreateBounded<bool>(
            new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

        internal Subscription(OutboxSignal signal, Type contextType)
        {
            _signal = signal;
            ContextType = contextType;
        }

        public Type ContextType { get; }

        internal void Wake() => _wakeUps.Writer.TryWrite(true);

        /// <summary>Consumes a pending wake-up without waiting; true if there was one.</summary>
        public bool TryTakeWakeUp() => _wakeUps.Reader.TryRead(out _);

        /// <summary>Returns true when woken by a commit, false when <paramref name="timeout"/> passed first.</summary>
        public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
        {
            // The timeout runs on the injected clock, so tests decide when a poll is due.
            using var timeoutSource = new CancellationTokenSource(timeout, _signal.Time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
            try
            {
                await _wakeUps.Reader.WaitToReadAsync(linked.Token);
                return TryTakeWakeUp();
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }

        public void Dispose() =>
            ImmutableInterlocked.Update(ref _signal._subscriptions, list => list.Remove(this));
    }
}
