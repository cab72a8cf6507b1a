using OneMatter.Engine.Commands;

using OneMatter.Engine.Definitions;

namespace OneMatter.Engine.Simulation;

/// <summary>How one visit of a node goes in a simulation: how long the holder takes, which
/// outcome they choose, what they fill in.</summary>
public sealed record SimulationStep
{
    /// <summary>Time the holder takes, on the calendar (default: the node's own time limit, or
    /// 1 working day without one).</summary>
    public Duration? After { get; init; }

    /// <summary>Outcome to choose (default: the first, agreeing one).</summary>
    public string? Outcome { get; init; }

    /// <summary>Task fields to fill in.</summary>
    public IReadOnlyDictionary<string, string?> Fields { get; init; } = NoValues.Instance;

    /// <summary>For applicant tasks: changed form values.</summary>
    public IReadOnlyDictionary<string, string?> Changes { get; init; } = NoValues.Instance;
}
