using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;

namespace OneMatter.Engine.Persistence;

/// <summary>
/// Where matter instances live: snapshots, the append-only event log, the task and timer
/// projections, the effect outbox, published definitions, issued documents and idempotency keys.
/// The engine never calls it; the shell (the single writer per database) does, so a store is
/// written by one writer at a time and may be read by many.
/// </summary>
public interface IMatterStore
{
    /// <summary>The stored snapshot of an instance and its version, or null if it does not exist.</summary>
    Task<StoredMatter?> LoadAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes every change in ONE transaction: events appended with their hash chain, snapshot
    /// and version replaced, task and timer rows rebuilt from the new snapshot, effects added to
    /// the outbox, idempotency keys recorded. Several changes may concern the same instance, in
    /// order. Durable when the returned task completes.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">An instance's stored version is not the
    /// change's <see cref="MatterChange.ExpectedVersion"/>; nothing of the group is written.</exception>
    Task CommitAsync(IReadOnlyList<MatterChange> changes, CancellationToken cancellationToken = default);

    /// <summary>The result JSON recorded with a client's idempotency key, or null if the key is
    /// unknown. A command whose key is known must not be applied again.</summary>
    Task<string?> FindIdempotentAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Outbox effects not yet performed, oldest first, at most <paramref name="max"/>,
    /// whether claimed or not. For inspection; a dispatcher uses <see cref="ClaimEffectsAsync"/>.</summary>
    Task<IReadOnlyList<PendingEffect>> PendingEffectsAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims pending outbox effects for <paramref name="node"/> until now + <paramref name="lease"/>
    /// and returns them, oldest first. Several dispatchers (processes, server nodes) may claim at
    /// once; no row is returned to two of them while its lease runs. A row is claimable when it
    /// is pending and unclaimed, its lease has expired (its node crashed or stalled), or
    /// <paramref name="node"/> holds it already (a retry renews the lease).
    /// </summary>
    /// <remarks>
    /// Effects of one instance must be performed in order, so instances are claimed whole: an
    /// instance with any row under another node's live lease is skipped entirely, and every
    /// claimable row of each instance taken is returned, which may be more than
    /// <paramref name="max"/> (the oldest <paramref name="max"/> rows pick the instances).
    /// </remarks>
    /// <param name="node">The claiming dispatcher's id, unique among live dispatchers.</param>
    /// <param name="max">How many of the oldest claimable rows pick the instances (at least 1).</param>
    /// <param name="lease">How long the claim holds; past it another node may take the rows.</param>
    /// <param name="cancellationToken">Cancels the claim (nothing is claimed then).</param>
    Task<IReadOnlyList<PendingEffect>> ClaimEffectsAsync(string node, int max, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Marks outbox effects performed, but only those claimed by <paramref name="node"/>
    /// (even past its lease, as long as no other node took them over): a row another node took
    /// is that node's to finish. Unknown, foreign or already done ids are ignored. Returns how
    /// many effects were marked.</summary>
    Task<int> MarkEffectsDoneAsync(string node, IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default);

    /// <summary>Every pending timer of every instance, as of the last commit, for re-scheduling
    /// them when the process starts.</summary>
    Task<IReadOnlyList<PendingTimer>> PendingTimersAsync(CancellationToken cancellationToken = default);

    /// <summary>The pending timers due at or before <paramref name="until"/>, earliest first: what a
    /// scheduler that keeps jobs only for the near future needs (see the scheduling horizon).
    /// The default filters <see cref="PendingTimersAsync"/>; stores answer it from an index.</summary>
    async Task<IReadOnlyList<PendingTimer>> PendingTimersDueAsync(DateTimeOffset until, CancellationToken cancellationToken = default) =>
        (await PendingTimersAsync(cancellationToken).ConfigureAwait(false)).Where(t => t.Due <= until).ToList();

    /// <summary>An instance's events in sequence order (empty if it does not exist).</summary>
    Task<IReadOnlyList<MatterEvent>> EventsAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Walks every instance's event chain and returns every break found (empty when the
    /// log is intact): a hash that does not match its event, a broken link, a gap, a missing tail.</summary>
    Task<IReadOnlyList<ChainBreak>> VerifyChainAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores a published definition version. Immutable: saving the same (id, version)
    /// again with the same YAML is a no-op, with different YAML it throws.</summary>
    /// <exception cref="ImmutableRecordException">The version exists with other content.</exception>
    Task SaveDefinitionVersionAsync(string id, int version, string yaml, string publishedBy, DateTimeOffset publishedAt,
        CancellationToken cancellationToken = default);

    /// <summary>A published definition version, or null.</summary>
    Task<StoredDefinition?> DefinitionVersionAsync(string id, int version, CancellationToken cancellationToken = default);
}
