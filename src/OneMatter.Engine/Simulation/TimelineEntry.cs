namespace OneMatter.Engine.Simulation;

/// <summary>One row of a simulated timeline: a node, who held it, from when to when.</summary>
public sealed record TimelineEntry
{
    /// <summary>Node id.</summary>
    public required string Node { get; init; }

    /// <summary>Node name (Chinese).</summary>
    public required string Name { get; init; }

    /// <summary>Applicant-visible step, if any.</summary>
    public string? Step { get; init; }

    /// <summary>English name of the applicant-visible step, if the definition gives one.</summary>
    public string? StepEn { get; init; }

    /// <summary>Unit name(s) holding it, or 申请人 / 系统.</summary>
    public required string Holder { get; init; }

    /// <summary>The names of the units holding it, one each (empty for the applicant and the system).</summary>
    public IReadOnlyList<string> Units { get; init; } = [];

    /// <summary>Start, local time.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>End, local time.</summary>
    public required DateTimeOffset End { get; init; }

    /// <summary>Working days between start and end.</summary>
    public required double WorkingDays { get; init; }

    /// <summary>Outcome chosen, or what happened (timer elapsed, …).</summary>
    public string? Outcome { get; init; }

    /// <summary>Whether its deadline was missed.</summary>
    public bool Late { get; init; }
}
