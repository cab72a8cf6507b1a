namespace OneMatter.Engine.Events;

/// <summary>A task withdrawn without an outcome.</summary>
public sealed record TaskCancelled : MatterEvent
{
    /// <summary>Task id.</summary>
    public required string Task { get; init; }
    /// <summary>Why.</summary>
    public string? Reason { get; init; }
}
