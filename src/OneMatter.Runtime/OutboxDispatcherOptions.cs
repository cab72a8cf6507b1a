using OneMatter.Engine.Persistence;

namespace OneMatter.Runtime;

/// <summary>Tuning of an <see cref="OutboxDispatcher"/>.</summary>
public sealed record OutboxDispatcherOptions
{
    /// <summary>Outbox rows claimed per round trip (whole instances are claimed, so a claim may
    /// return a few more).</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>How long the loop waits before retrying when effects failed and no new commit
    /// signalled it; a safety net so a failed effect is retried even when the system is idle.</summary>
    public TimeSpan RetryInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// This dispatcher's id in the outbox's claims; dispatchers sharing a database (processes,
    /// server nodes) must use different ids. Null for a fresh id per dispatcher. A node that
    /// restarts with the same configured id takes its own unfinished claims back at once; with a
    /// fresh id they wait for their <see cref="Lease"/> to run out.
    /// </summary>
    public string? NodeId { get; init; }

    /// <summary>How long a claim on outbox rows holds. It must outlast performing one batch:
    /// past it another dispatcher may take the rows over and perform them again (handlers are
    /// idempotent, so that costs work, not correctness). It is also how long a crashed node's
    /// rows wait before another node performs them.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many instances' effects are performed at once within a batch (at least 1).
    /// Each instance's effects stay in order; different instances are independent, so their
    /// effects overlap the handler's round trips (a Hangfire job on PostgreSQL costs several).</summary>
    public int Parallelism { get; init; } = 8;

    /// <summary>Told about every failure, for logging: the effect whose handler threw, or null
    /// when claiming or marking the outbox failed. Never called by two threads at once; must not
    /// throw.</summary>
    public Action<PendingEffect?, Exception>? Failed { get; init; }
}
