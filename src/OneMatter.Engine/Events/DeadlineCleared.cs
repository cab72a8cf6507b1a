namespace OneMatter.Engine.Events;

/// <summary>The limited work finished; the deadline and its escalation timer stop.</summary>
public sealed record DeadlineCleared : MatterEvent
{
    /// <summary>Deadline id.</summary>
    public required string Deadline { get; init; }
    /// <summary>Whether the work finished after the due instant.</summary>
    public bool Late { get; init; }
}
