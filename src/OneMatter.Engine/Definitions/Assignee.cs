namespace OneMatter.Engine.Definitions;

/// <summary>
/// Who receives a task (the Workflow Resource Patterns' allocation): a unit directly, a person,
/// a role in a unit, a unit kind resolved in a jurisdiction through the org directory (属地),
/// or a unit chosen at run time by an expression (deferred allocation).
/// </summary>
public abstract record Assignee
{
    /// <summary>Where it was declared.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;

    /// <summary>Plain words for timelines and the designer.</summary>
    public abstract string Describe();
}
