namespace OneMatter.Storage.Entities;

/// <summary>
/// A version of a workspace file an admin edited through the API (the org directory, a working-day
/// calendar), e.g. <c>calendars/cn-mainland.yaml</c> with next year's holidays. The newest version
/// of a path overrides the file of the release, on every node, without a new release.
/// Versions are immutable; an edit adds one.
/// </summary>
public sealed class WorkspaceFileRow
{
    /// <summary>Path relative to <c>workflows/</c>, with forward slashes.</summary>
    public required string Path { get; set; }
    /// <summary>1, 2, … per path.</summary>
    public int Version { get; set; }
    /// <summary>The whole file.</summary>
    public required string Yaml { get; set; }
    /// <summary>Lower-case hex SHA-256 of the UTF-8 text.</summary>
    public required string Sha256 { get; set; }
    /// <summary>Account that saved it.</summary>
    public required string SavedBy { get; set; }
    /// <summary>Saved, UTC ticks.</summary>
    public long SavedUtcTicks { get; set; }
}
