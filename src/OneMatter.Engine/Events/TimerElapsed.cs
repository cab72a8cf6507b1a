namespace OneMatter.Engine.Events;

/// <summary>A timer fired and was used.</summary>
public sealed record TimerElapsed : MatterEvent
{
    /// <summary>Timer id.</summary>
    public required string Timer { get; init; }
}
