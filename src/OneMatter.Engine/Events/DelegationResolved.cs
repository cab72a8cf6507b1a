namespace OneMatter.Engine.Events;

/// <summary>The delegate handed the work back.</summary>
public sealed record DelegationResolved : MatterEvent
{
    /// <summary>Task id.</summary>
    public required string Task { get; init; }
    /// <summary>Work item.</summary>
    public required string Item { get; init; }
    /// <summary>The delegate's answer.</summary>
    public string? Comment { get; init; }
}
