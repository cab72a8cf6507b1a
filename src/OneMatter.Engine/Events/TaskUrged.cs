namespace OneMatter.Engine.Events;

/// <summary>催办.</summary>
public sealed record TaskUrged : MatterEvent
{
    /// <summary>Task id.</summary>
    public required string Task { get; init; }
    /// <summary>Reminder.</summary>
    public string? Message { get; init; }
}
