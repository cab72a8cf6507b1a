namespace OneMatter.Engine.Instances;

/// <summary>Why a timer exists.</summary>
public enum TimerKind
{
    /// <summary>A timer node's wait.</summary>
    Node,
    /// <summary>A boundary timeout on a task or applicant task.</summary>
    Timeout,
    /// <summary>An escalation point of a deadline (warn, overdue, supervise, reassign).</summary>
    Escalation,
}
