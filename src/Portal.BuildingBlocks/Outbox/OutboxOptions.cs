namespace Portal.BuildingBlocks.Outbox;

/// <summary>The <c>Portal:Outbox</c> configuration section: how the dispatchers claim and retry.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Portal:Outbox";

    /// <summary>How many messages one dispatcher leases at a time.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Failed deliveries before a message is dead-lettered (kept, never marked processed).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>How often a dispatcher looks for work when no local commit woke it (other nodes, retries).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claim is exclusive; a crashed dispatcher's messages are picked up after it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Delay after the first failure; it doubles with every further failure.</summary>
    public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The wait before the next attempt after <paramref name="attempts"/> failures (1 = first failure).</summary>
    internal TimeSpan BackoffAfter(int attempts)
    {
        // Doubling overflows quickly; cap the exponent before multiplying.
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var ticks = BaseBackoff.Ticks * (double)(1L << exponent);
        return ticks >= MaxBackoff.Ticks ? MaxBackoff : TimeSpan.FromTicks((long)ticks);
    }

    internal bool IsValid() =>
        BatchSize > 0 && MaxAttempts > 0 && PollInterval > TimeSpan.Zero && LeaseDuration > TimeSpan.Zero
        && BaseBackoff >= TimeSpan.Zero && MaxBackoff >= BaseBackoff;
}
