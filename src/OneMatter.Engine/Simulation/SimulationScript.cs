using OneMatter.Engine.Commands;

namespace OneMatter.Engine.Simulation;

/// <summary>
/// What happens in a simulated run: when it starts, the form, and per node the steps of its
/// successive visits (a node visited more often than listed repeats its last step). Nodes not
/// listed take their time limit and choose their first outcome: the happy path.
/// </summary>
public sealed record SimulationScript
{
    /// <summary>When the application is made (default Mon 2026-03-02 09:00 China time).</summary>
    public DateTimeOffset Start { get; init; } = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Form values; fields left out get sample values from their declarations.</summary>
    public IReadOnlyDictionary<string, string?> Form { get; init; } = NoValues.Instance;

    /// <summary>Steps per node id, one per visit.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SimulationStep>> Steps { get; init; } =
        new Dictionary<string, IReadOnlyList<SimulationStep>>();

    /// <summary>Applied to nodes without steps.</summary>
    public SimulationStep? Default { get; init; }

    /// <summary>Whether escalation points (warn, overdue, supervise) fire during the run.</summary>
    public bool Escalate { get; init; } = true;
}
