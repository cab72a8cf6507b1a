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

    /// <summary>Outbox effects not yet performed, oldest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<PendingEffect>> PendingEffectsAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>Marks outbox effects performed; unknown or already done ids are ignored.</summary>
    Task MarkEffectsDoneAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default);

    /// <summary>Every pending timer of every instance, as of the last commit, for re-scheduling
    /// them when the process starts.</summary>
    Task<IReadOnlyList<PendingTimer>> PendingTimersAsync(CancellationToken cancellationToken = default);

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

    /// <summary>Stores an issued document's rendered content with its SHA-256. Immutable like
    /// definition versions: the same content again is a no-op, other content throws.</summary>
    /// <exception cref="ImmutableRecordException">The document exists with other content.</exception>
    Task SaveDocumentAsync(string instanceId, string number, string documentId, string contentType, ReadOnlyMemory<byte> content,
        CancellationToken cancellationToken = default);

    /// <summary>An issued document by instance and document number, or null.</summary>
    Task<StoredDocument?> DocumentAsync(string instanceId, string number, CancellationToken cancellationToken = default);
}
