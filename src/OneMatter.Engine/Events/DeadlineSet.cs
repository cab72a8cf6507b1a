using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Events;

/// <summary>办理时限 set for the matter or a task.</summary>
public sealed record DeadlineSet : MatterEvent
{
    /// <summary>Deadline id.</summary>
    public required string Deadline { get; init; }
    /// <summary>Task, or null for the matter.</summary>
    public string? Task { get; init; }
    /// <summary>Span start.</summary>
    public required DateTimeOffset Start { get; init; }
    /// <summary>Due instant (UTC).</summary>
    public required DateTimeOffset Due { get; init; }
    /// <summary>The whole span (working or elapsed time).</summary>
    public required TimeSpan Span { get; init; }
    /// <summary>Counted in working time.</summary>
    public bool Working { get; init; }
    /// <summary>The timer of its first escalation point, if the policy has one.</summary>
    public TimerState? Alert { get; init; }
    /// <summary>Counted partly in a year without calendar data.</summary>
    public bool Estimated { get; init; }
}
