using OneMatter.Engine.Events;

namespace OneMatter.Engine.Commands;

/// <summary>
/// An officer attaches uploaded files to an open task. The engine never sees file content: the
/// caller has stored the files and bound them to the matter, and passes what the log must keep
/// (id, name, hash, size) so that the audit trail vouches for exactly those bytes.
/// </summary>
public sealed record AttachFiles : TaskCommand
{
    /// <summary>The files, at least one, each id once.</summary>
    public IReadOnlyList<AttachedFile> Files { get; init; } = [];
}
