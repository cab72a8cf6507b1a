namespace OneMatter.Engine.Events;

/// <summary>A claim given back.</summary>
public sealed record TaskReleased : MatterEvent
{
    /// <summary>Task id.</summary>
    public required string Task { get; init; }
    /// <summary>Work item.</summary>
    public required string Item { get; init; }
}
