using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Events;

/// <summary>办结 of a task: its outcome is decided and the token moves on.</summary>
public sealed record TaskCompleted : MatterEvent
{
    /// <summary>Task id.</summary>
    public required string Task { get; init; }
    /// <summary>The node.</summary>
    public required string Node { get; init; }
    /// <summary>The outcome.</summary>
    public required string Outcome { get; init; }
    /// <summary>Fields of the deciding signer.</summary>
    public ValueMap<string> Fields { get; init; } = ValueMap<string>.Empty;
    /// <summary>Comment.</summary>
    public string? Comment { get; init; }
    /// <summary>Completed by skipping.</summary>
    public bool Skipped { get; init; }
}
