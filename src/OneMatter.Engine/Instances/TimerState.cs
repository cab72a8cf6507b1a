namespace OneMatter.Engine.Instances;

/// <summary>A pending timer. The shell schedules a job for <see cref="Due"/>; firing a timer that
/// is no longer here is a no-op, which makes repeated and stale firings harmless.</summary>
public sealed record TimerState
{
    /// <summary>Id within the instance.</summary>
    public required string Id { get; init; }

    /// <summary>Why it exists.</summary>
    public required TimerKind Kind { get; init; }

    /// <summary>When it falls due (UTC).</summary>
    public required DateTimeOffset Due { get; init; }

    /// <summary>Node timers: the waiting token.</summary>
    public string? Token { get; init; }

    /// <summary>Timeouts: the task.</summary>
    public string? Task { get; init; }

    /// <summary>Escalation: the deadline.</summary>
    public string? Deadline { get; init; }

    /// <summary>Escalation: the index of the rule in the policy.</summary>
    public int Rule { get; init; }
}
