using OneMatter.Engine.Events;
using OneMatter.Engine.Persistence;

namespace OneMatter.Scheduling.Tests.Support;

/// <summary>A store that only answers <see cref="PendingTimersAsync"/>, with a given list, and
/// counts the calls: for timing the re-scheduler on 100,000 timers without writing them first.</summary>
internal sealed class PendingTimersOnlyStore(IReadOnlyList<PendingTimer> timers) : IMatterStore
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Task<IReadOnlyList<PendingTimer>> PendingTimersAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult(timers);
    }

    public Task CommitAsync(IReadOnlyList<MatterChange> changes, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<StoredMatter?> LoadAsync(string instanceId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<string?> FindIdempotentAsync(string key, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<PendingEffect>> PendingEffectsAsync(int max, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<PendingEffect>> ClaimEffectsAsync(string node, int max, TimeSpan lease, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<int> MarkEffectsDoneAsync(string node, IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<MatterEvent>> EventsAsync(string instanceId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<ChainBreak>> VerifyChainAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task SaveDefinitionVersionAsync(string id, int version, string yaml, string publishedBy, DateTimeOffset publishedAt, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<StoredDefinition?> DefinitionVersionAsync(string id, int version, CancellationToken cancellationToken = default) => throw new NotSupportedException();

}
