namespace OneMatter.Engine.Events;

/// <summary>The legal clock stopped for a correction (补正); its escalation timer is withdrawn.</summary>
public sealed record ClockPaused : MatterEvent
{
    /// <summary>Deadline id.</summary>
    public required string Deadline { get; init; }
    /// <summary>Part of the span used up so far.</summary>
    public required TimeSpan Consumed { get; init; }
    /// <summary>Time that was left.</summary>
    public required TimeSpan Remaining { get; init; }
}
