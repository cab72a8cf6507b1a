namespace OneMatter.Engine.Events;

/// <summary>转办 (or reassignment by escalation).</summary>
public sealed record TaskTransferred : MatterEvent
{
    /// <summary>Task id.</summary>
    public required string Task { get; init; }
    /// <summary>Work item.</summary>
    public required string Item { get; init; }
    /// <summary>Previous unit.</summary>
    public string? FromUnit { get; init; }
    /// <summary>New unit.</summary>
    public required string ToUnit { get; init; }
    /// <summary>Why.</summary>
    public string? Reason { get; init; }
}
