using OneMatter.Engine.Definitions;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Simulation;

/// <summary>A finished simulated run.</summary>
public sealed record SimulationResult
{
    /// <summary>The definition run.</summary>
    public required MatterDefinition Definition { get; init; }

    /// <summary>The final state; null when the start itself was rejected (see <see cref="Stopped"/>),
    /// e.g. a required field the sampler cannot invent and the script does not give.</summary>
    public MatterState? State { get; init; }

    /// <summary>Every event, in order.</summary>
    public required IReadOnlyList<MatterEvent> Events { get; init; }

    /// <summary>Node visits in the order they ended.</summary>
    public required IReadOnlyList<TimelineEntry> Timeline { get; init; }

    /// <summary>Escalations and other notable moments, in order.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>Start, local time.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>End (or where the run stopped), local time.</summary>
    public required DateTimeOffset End { get; init; }

    /// <summary>Elapsed working days, start to end.</summary>
    public required double WorkingDays { get; init; }

    /// <summary>Elapsed calendar days, start to end.</summary>
    public double CalendarDays => (End - Start).TotalDays;

    /// <summary>The result, or null when the run stopped before the matter ended.</summary>
    public EndResult? Result => State?.Result;

    /// <summary>Why the run stopped early, if it did.</summary>
    public string? Stopped { get; init; }

    /// <summary>Steps of the timeline (tasks and waits).</summary>
    public int StepCount => Timeline.Count;

    /// <summary>Distinct applicant-visible steps the run went through.</summary>
    public int ApplicantSteps => Timeline.Select(e => e.Step).Where(s => s is not null).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Distinct holders (units, the applicant, the system) the run went through.</summary>
    public int HolderCount => Timeline.Select(e => e.Holder).Distinct(StringComparer.Ordinal).Count();
}
