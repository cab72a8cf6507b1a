namespace OneMatter.Engine.Events;

/// <summary>认领.</summary>
public sealed record TaskClaimed : MatterEvent
{
    /// <summary>Task id.</summary>
    public required string Task { get; init; }
    /// <summary>Work item.</summary>
    public required string Item { get; init; }
}
