namespace OneMatter.Engine.Persistence;

/// <summary>
/// What the definition designer needs besides <see cref="IMatterStore"/>'s immutable versions:
/// listing every published version (the runtime loads them all at start, so an instance started
/// on a version published through the API can still advance after a restart), one working draft
/// per definition id, and retirement. A separate port so that stores and wrappers that never see
/// a designer need not implement it.
/// </summary>
public interface IDefinitionStore
{
    /// <summary>Every published version, of one definition id or (null) of all, ordered by id then version.</summary>
    Task<IReadOnlyList<StoredDefinition>> DefinitionVersionsAsync(string? id = null, CancellationToken cancellationToken = default);

    /// <summary>Which versions are published, without their text: what another node polls to
    /// notice a version published elsewhere (ordered by id then version).</summary>
    Task<IReadOnlyList<(string Id, int Version)>> PublishedVersionKeysAsync(CancellationToken cancellationToken = default);

    /// <summary>The draft and retirement of one id, or null when neither was ever recorded.</summary>
    Task<DefinitionHead?> DefinitionHeadAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every recorded draft and retirement, ordered by id.</summary>
    Task<IReadOnlyList<DefinitionHead>> DefinitionHeadsAsync(CancellationToken cancellationToken = default);

    /// <summary>Saves (replaces) the working draft of an id; a draft may be invalid.</summary>
    Task SaveDraftAsync(string id, string yaml, string savedBy, DateTimeOffset savedAt, CancellationToken cancellationToken = default);

    /// <summary>Drops the working draft of an id (after publishing it, or when discarded). Returns
    /// whether there was one.</summary>
    Task<bool> DiscardDraftAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Retires an id (no new applications) or reinstates it. Running instances are not affected.</summary>
    Task SetRetiredAsync(string id, bool retired, string by, DateTimeOffset at, CancellationToken cancellationToken = default);
}
