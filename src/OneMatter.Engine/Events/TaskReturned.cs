namespace OneMatter.Engine.Events;

/// <summary>退回 to an earlier node.</summary>
public sealed record TaskReturned : MatterEvent
{
    /// <summary>Task id.</summary>
    public required string Task { get; init; }
    /// <summary>Target node.</summary>
    public required string ToNode { get; init; }
    /// <summary>The scope the matter returns to; splits opened inside it are discarded.</summary>
    public required string Scope { get; init; }
    /// <summary>Whether the return leaves a parallel section (its splits are then void).</summary>
    public bool LeavesParallel { get; init; }
    /// <summary>Why.</summary>
    public required string Reason { get; init; }
}
