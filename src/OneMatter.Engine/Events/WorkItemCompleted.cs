using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Events;

/// <summary>One signer signed with an outcome.</summary>
public sealed record WorkItemCompleted : MatterEvent
{
    /// <summary>Task id.</summary>
    public required string Task { get; init; }
    /// <summary>Work item.</summary>
    public required string Item { get; init; }
    /// <summary>Outcome chosen.</summary>
    public required string Outcome { get; init; }
    /// <summary>Fields given.</summary>
    public ValueMap<string> Fields { get; init; } = ValueMap<string>.Empty;
    /// <summary>Comment.</summary>
    public string? Comment { get; init; }
}
