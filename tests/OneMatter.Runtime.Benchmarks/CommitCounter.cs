using OneMatter.Engine.Events;
using OneMatter.Engine.Persistence;

namespace OneMatter.Runtime.Benchmarks;

/// <summary>Passes everything to the real store; counts commits (to show the group size) and the
/// time spent inside them (to show how much of the writer's time is the store's).</summary>
internal sealed class CommitCounter(IMatterStore inner) : IMatterStore
{
    private long _commits;
    private long _commitTicks;

    public long Commits => Interlocked.Read(ref _commits);

    public TimeSpan CommitTime => TimeSpan.FromSeconds(Interlocked.Read(ref _commitTicks) / (double)System.Diagnostics.Stopwatch.Frequency);

    public async Task CommitAsync(IReadOnlyList<MatterChange> changes, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _commits);
        var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            await inner.CommitAsync(changes, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Add(ref _commitTicks, System.Diagnostics.Stopwatch.GetTimestamp() - t0);
        }
    }

    public Task<StoredMatter?> LoadAsync(string instanceId, CancellationToken cancellationToken = default) => inner.LoadAsync(instanceId, cancellationToken);

    public Task<string?> FindIdempotentAsync(string key, CancellationToken cancellationToken = default) => inner.FindIdempotentAsync(key, cancellationToken);

    public Task<IReadOnlyList<PendingEffect>> PendingEffectsAsync(int max, CancellationToken cancellationToken = default) => inner.PendingEffectsAsync(max, cancellationToken);

    public Task<IReadOnlyList<PendingEffect>> ClaimEffectsAsync(string node, int max, TimeSpan lease, CancellationToken cancellationToken = default) =>
        inner.ClaimEffectsAsync(node, max, lease, cancellationToken);

    public Task<int> MarkEffectsDoneAsync(string node, IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) =>
        inner.MarkEffectsDoneAsync(node, ids, cancellationToken);

    public Task<IReadOnlyList<PendingTimer>> PendingTimersAsync(CancellationToken cancellationToken = default) => inner.PendingTimersAsync(cancellationToken);

    public Task<IReadOnlyList<MatterEvent>> EventsAsync(string instanceId, CancellationToken cancellationToken = default) => inner.EventsAsync(instanceId, cancellationToken);

    public Task<IReadOnlyList<ChainBreak>> VerifyChainAsync(CancellationToken cancellationToken = default) => inner.VerifyChainAsync(cancellationToken);

    public Task SaveDefinitionVersionAsync(string id, int version, string yaml, string publishedBy, DateTimeOffset publishedAt, CancellationToken cancellationToken = default) =>
        inner.SaveDefinitionVersionAsync(id, version, yaml, publishedBy, publishedAt, cancellationToken);

    public Task<StoredDefinition?> DefinitionVersionAsync(string id, int version, CancellationToken cancellationToken = default) => inner.DefinitionVersionAsync(id, version, cancellationToken);

}
