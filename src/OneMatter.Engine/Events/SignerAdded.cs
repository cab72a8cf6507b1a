using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Events;

/// <summary>加签.</summary>
public sealed record SignerAdded : MatterEvent
{
    /// <summary>Task id.</summary>
    public required string Task { get; init; }
    /// <summary>The new work item.</summary>
    public required WorkItem Item { get; init; }
}
