using System.Collections.Immutable;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Events;

/// <summary>交办: a task was handed to its units (or the applicant).</summary>
public sealed record TaskCreated : MatterEvent
{
    /// <summary>Task id.</summary>
    public required string Task { get; init; }
    /// <summary>The node.</summary>
    public required string Node { get; init; }
    /// <summary>The waiting token.</summary>
    public required string Token { get; init; }
    /// <summary>Sign mode.</summary>
    public SignMode Sign { get; init; }
    /// <summary>Applicant work.</summary>
    public bool ForApplicant { get; init; }
    /// <summary>The task's deadline id, set by the <see cref="DeadlineSet"/> that follows.</summary>
    public string? Deadline { get; init; }
    /// <summary>The work items.</summary>
    public required ImmutableArray<WorkItem> Items { get; init; }
}
