namespace OneMatter.Engine.Events;

/// <summary>Every branch of a split ended without enough of them reaching the join: the split's
/// path is dead, and an enclosing join stops waiting for it.</summary>
public sealed record SplitAbandoned : MatterEvent
{
    /// <summary>Split activation.</summary>
    public required string Split { get; init; }
}
