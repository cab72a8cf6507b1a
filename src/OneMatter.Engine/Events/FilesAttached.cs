using System.Collections.Immutable;

namespace OneMatter.Engine.Events;

/// <summary>An officer attached files (site photos, survey reports, scanned opinions) to a task,
/// for the record. Does not change the flow.</summary>
public sealed record FilesAttached : MatterEvent
{
    /// <summary>The task the files belong to.</summary>
    public required string Task { get; init; }

    /// <summary>The files, in the order given.</summary>
    public ImmutableArray<AttachedFile> Files { get; init; } = [];
}
