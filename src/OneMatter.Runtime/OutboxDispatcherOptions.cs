using OneMatter.Engine.Persistence;

namespace OneMatter.Runtime;

/// <summary>Tuning of an <see cref="OutboxDispatcher"/>.</summary>
public sealed record OutboxDispatcherOptions
{
    /// <summary>Outbox rows read per round trip.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>How long the loop waits before retrying when effects failed and no new commit
    /// signalled it; a safety net so a failed effect is retried even when the system is idle.</summary>
    public TimeSpan RetryInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Told about every failure, for logging: the effect whose handler threw, or null
    /// when reading or marking the outbox failed. Must not throw.</summary>
    public Action<PendingEffect?, Exception>? Failed { get; init; }
}
