namespace OneMatter.Engine.Events;

/// <summary>减签.</summary>
public sealed record SignerRemoved : MatterEvent
{
    /// <summary>Task id.</summary>
    public required string Task { get; init; }
    /// <summary>Removed work item.</summary>
    public required string Item { get; init; }
}
