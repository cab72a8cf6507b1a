namespace OneMatter.Engine.Events;

/// <summary>The path waiting for a child matter was withdrawn (or the matter ended): the child
/// is no longer awaited and is cancelled.</summary>
public sealed record CallWithdrawn : MatterEvent
{
    /// <summary>Child instance id.</summary>
    public required string Child { get; init; }
}
