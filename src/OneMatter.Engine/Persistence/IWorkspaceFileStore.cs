namespace OneMatter.Engine.Persistence;

/// <summary>
/// Versions of the workspace files administrators edit at run time — the org directory and the
/// working-day calendars — so that next year's holidays need no release. The newest version of a
/// path overrides the file shipped in <c>workflows/</c> on every node. Versions are immutable and
/// numbered 1, 2, … per path; an edit adds one. A separate port, like <see cref="IDefinitionStore"/>,
/// so stores that never see an administrator need not implement it.
/// </summary>
public interface IWorkspaceFileStore
{
    /// <summary>
    /// Saves <paramref name="yaml"/> as version <paramref name="baseVersion"/> + 1 of
    /// <paramref name="path"/>. Compare-and-set: when the newest stored version is not
    /// <paramref name="baseVersion"/> (0: none stored yet) someone else saved first, and nothing
    /// is written — two racing saves give one new version and one conflict, never a lost write.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">The newest version is not <paramref name="baseVersion"/>.</exception>
    Task<StoredWorkspaceFile> SaveWorkspaceFileAsync(string path, string yaml, int baseVersion, string savedBy, DateTimeOffset savedAt,
        CancellationToken cancellationToken = default);

    /// <summary>The newest version of every stored path, ordered by path.</summary>
    Task<IReadOnlyList<StoredWorkspaceFile>> NewestWorkspaceFilesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every version of one path, oldest first; empty when none was stored.</summary>
    Task<IReadOnlyList<StoredWorkspaceFile>> WorkspaceFileVersionsAsync(string path, CancellationToken cancellationToken = default);
}
