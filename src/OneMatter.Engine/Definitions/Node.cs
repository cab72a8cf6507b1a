namespace OneMatter.Engine.Definitions;

/// <summary>
/// A step of a matter's graph. The closed set of kinds is the sealed records deriving from this
/// one (<see cref="TaskNode"/>, <see cref="ParallelNode"/>, …); the interpreter switches on them.
/// </summary>
public abstract record Node
{
    /// <summary>Id, unique within the definition; the YAML key of the node.</summary>
    public required string Id { get; init; }

    /// <summary>Chinese name shown to officers and in timelines.</summary>
    public required string Name { get; init; }

    /// <summary>English name.</summary>
    public string? NameEn { get; init; }

    /// <summary>The applicant-visible step this node belongs to (e.g. 申请受理, 联合审查, 审批发证);
    /// null keeps it internal.</summary>
    public string? Step { get; init; }

    /// <summary>The English name of <see cref="Step"/>; null falls back to the Chinese step.</summary>
    public string? StepEn { get; init; }

    /// <summary>Where it was declared.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;

    /// <summary>The YAML <c>type</c> word of this kind of node.</summary>
    public abstract string Kind { get; }

    /// <summary>Every node this one can pass control to, for graph checks and the designer.</summary>
    public abstract IEnumerable<string> Successors { get; }
}
