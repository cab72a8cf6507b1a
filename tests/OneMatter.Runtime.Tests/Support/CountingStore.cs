using OneMatter.Engine.Events;
using OneMatter.Engine.Persistence;

namespace OneMatter.Runtime.Tests.Support;

/// <summary>Decorates a store: counts commits and the changes in them, can hold the next commit
/// at a gate (so tests can line up a group deterministically), and can be made to fail commits.</summary>
internal sealed class CountingStore(IMatterStore inner) : IMatterStore
{
    private int _commits;
    private int _conflicts;
    private TaskCompletionSource? _gate;
    private TaskCompletionSource? _entered;

    public int Commits => Volatile.Read(ref _commits);

    public int Conflicts => Volatile.Read(ref _conflicts);

    public List<int> GroupSizes { get; } = [];

    public Exception? FailCommitsWith { get; set; }

    /// <summary>Holds the next commit until the returned release is called; the first task
    /// completes when a commit is waiting at the gate.</summary>
    public (Task Entered, Action Release) HoldNextCommit()
    {
        _entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = _gate;
        return (_entered.Task, () => gate.TrySetResult());
    }

    public async Task CommitAsync(IReadOnlyList<MatterChange> changes, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _gate, null) is { } gate)
        {
            _entered!.TrySetResult();
            await gate.Task.ConfigureAwait(false);
        }
        Interlocked.Increment(ref _commits);
        lock (GroupSizes)
        {
            GroupSizes.Add(changes.Count);
        }
        if (FailCommitsWith is { } failure)
        {
            throw failure;
        }
        try
        {
            await inner.CommitAsync(changes, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            Interlocked.Increment(ref _conflicts);
            throw;
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
