namespace OneMatter.Engine.Events;

/// <summary>The legal clock runs again, with a new due instant.</summary>
public sealed record ClockResumed : MatterEvent
{
    /// <summary>Deadline id.</summary>
    public required string Deadline { get; init; }
    /// <summary>New due instant (UTC).</summary>
    public required DateTimeOffset Due { get; init; }
    /// <summary>The timer of the next escalation point, if any.</summary>
    public Instances.TimerState? Alert { get; init; }
    /// <summary>Counted partly in a year without calendar data.</summary>
    public bool Estimated { get; init; }
}
