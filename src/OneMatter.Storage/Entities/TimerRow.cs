namespace OneMatter.Storage.Entities;

/// <summary>A pending timer of an instance's latest snapshot. Rebuilt on every commit: a row
/// exists exactly while the timer is pending, so no state column is needed.</summary>
public sealed class TimerRow
{
    /// <summary>Instance id.</summary>
    public required string InstanceId { get; set; }
    /// <summary>Timer id within the instance.</summary>
    public required string TimerId { get; set; }
    /// <summary>Node, Timeout or Escalation.</summary>
    public required string Kind { get; set; }
    /// <summary>Due, UTC ticks.</summary>
    public long DueUtcTicks { get; set; }
}
