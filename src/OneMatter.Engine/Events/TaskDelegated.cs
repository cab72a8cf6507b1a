namespace OneMatter.Engine.Events;

/// <summary>委派.</summary>
public sealed record TaskDelegated : MatterEvent
{
    /// <summary>Task id.</summary>
    public required string Task { get; init; }
    /// <summary>Work item.</summary>
    public required string Item { get; init; }
    /// <summary>Delegate unit.</summary>
    public required string ToUnit { get; init; }
    /// <summary>Delegate officer.</summary>
    public string? ToUser { get; init; }
    /// <summary>Note.</summary>
    public string? Note { get; init; }
}
