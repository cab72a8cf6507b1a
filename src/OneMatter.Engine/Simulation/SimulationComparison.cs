using OneMatter.Engine.Definitions;

namespace OneMatter.Engine.Simulation;

/// <summary>
/// Two definitions run through the same script on the same simulated clock, side by side — for
/// legacy against reformed rural housing, the reform shown from the definitions alone. Used by
/// the CLI's <c>compare</c> and by the designer's comparison (<c>POST /api/definitions/compare</c>).
/// </summary>
public sealed record SimulationComparison
{
    /// <summary>The first definition's run.</summary>
    public required SimulationResult First { get; init; }

    /// <summary>The second definition's run.</summary>
    public required SimulationResult Second { get; init; }

    /// <summary>Runs both definitions with <paramref name="script"/>, first then second.</summary>
    public static SimulationComparison Run(MatterSimulator simulator, MatterDefinition first, MatterDefinition second, SimulationScript script)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(script);
        return new SimulationComparison { First = simulator.Run(first, script), Second = simulator.Run(second, script) };
    }

    /// <summary>Whether both runs reached an end (neither stopped early).</summary>
    public bool Complete => First.Stopped is null && Second.Stopped is null;

    /// <summary>Working days of the second run minus those of the first (negative: the second is faster).</summary>
    public double Difference => Second.WorkingDays - First.WorkingDays;

    /// <summary>The run with more working days (the first on a tie).</summary>
    public SimulationResult Slower => First.WorkingDays >= Second.WorkingDays ? First : Second;

    /// <summary>The run with fewer working days (the second on a tie).</summary>
    public SimulationResult Faster => ReferenceEquals(Slower, First) ? Second : First;

    /// <summary>How many times faster the faster run is (slower ÷ faster working days); null when
    /// the faster run took no working time.</summary>
    public double? Speedup => Faster.WorkingDays > 0 ? Slower.WorkingDays / Faster.WorkingDays : null;

    /// <summary>The faster run's working days as a share of the slower's (0–1); null when the
    /// slower run took no working time.</summary>
    public double? Share => Slower.WorkingDays > 0 ? Faster.WorkingDays / Slower.WorkingDays : null;
}
