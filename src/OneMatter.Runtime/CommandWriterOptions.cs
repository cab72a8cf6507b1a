namespace OneMatter.Runtime;

/// <summary>Tuning of a <see cref="CommandWriter"/>.</summary>
public sealed record CommandWriterOptions
{
    /// <summary>Most commands committed in one transaction. Large enough that a burst shares a
    /// commit (the fsync is the cost), small enough that one transaction stays short.</summary>
    public int MaxGroupSize { get; init; } = 256;

    /// <summary>Most instance snapshots kept in memory; the least recently used go first.</summary>
    public int SnapshotCacheSize { get; init; } = 10_000;

    /// <summary>How many times a group is re-evaluated after version conflicts before the
    /// commands still conflicting are failed (another writer keeps winning the race).</summary>
    public int MaxConflictRetries { get; init; } = 8;

    /// <summary>Called on the writer loop after every successful commit that wrote effects, e.g.
    /// <see cref="OutboxDispatcher.Signal"/>. Must be quick and must not throw.</summary>
    public Action? Committed { get; init; }
}
