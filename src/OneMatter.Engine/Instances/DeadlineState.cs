namespace OneMatter.Engine.Instances;

/// <summary>A running time limit (办理时限) of the matter or of one task.</summary>
public sealed record DeadlineState
{
    /// <summary>Id within the instance.</summary>
    public required string Id { get; init; }

    /// <summary>The task it limits; null for the whole matter.</summary>
    public string? Task { get; init; }

    /// <summary>When the span began (moved forward when the clock resumes).</summary>
    public DateTimeOffset Start { get; init; }

    /// <summary>When it falls due (UTC).</summary>
    public DateTimeOffset Due { get; init; }

    /// <summary>The whole span: working time when <see cref="Working"/>, else elapsed time.
    /// Escalation points are fractions of it.</summary>
    public TimeSpan Span { get; init; }

    /// <summary>Whether working days counted in a year with no calendar data (weekends only).</summary>
    public bool Estimated { get; init; }

    /// <summary>Whether the span is counted in working time (else elapsed time).</summary>
    public bool Working { get; init; }

    /// <summary>Bit i set = escalation rule i has fired (each fires at most once).</summary>
    public int Fired { get; init; }

    /// <summary>预警 given.</summary>
    public bool Warned { get; init; }

    /// <summary>超期.</summary>
    public bool Overdue { get; init; }

    /// <summary>Part of the span used up before <see cref="CountingSince"/> (non-zero after a
    /// correction stopped the clock).</summary>
    public TimeSpan Consumed { get; init; }

    /// <summary>Since when the clock has been running (the start, or the last resumption).</summary>
    public DateTimeOffset CountingSince { get; init; }

    /// <summary>Set while the clock is stopped (补正): the time that was left.</summary>
    public TimeSpan? PausedRemaining { get; init; }
}
