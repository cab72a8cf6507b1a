using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Events;

/// <summary>A timer was set.</summary>
public sealed record TimerStarted : MatterEvent
{
    /// <summary>The timer.</summary>
    public required TimerState Timer { get; init; }
}
