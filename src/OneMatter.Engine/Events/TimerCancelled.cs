namespace OneMatter.Engine.Events;

/// <summary>A timer is no longer needed.</summary>
public sealed record TimerCancelled : MatterEvent
{
    /// <summary>Timer id.</summary>
    public required string Timer { get; init; }
}
