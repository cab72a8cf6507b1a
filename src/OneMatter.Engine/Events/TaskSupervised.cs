namespace OneMatter.Engine.Events;

/// <summary>督办 opened on a task.</summary>
public sealed record TaskSupervised : MatterEvent
{
    /// <summary>Task id.</summary>
    public required string Task { get; init; }
    /// <summary>Instruction.</summary>
    public string? Message { get; init; }
    /// <summary>Supervising unit (command centre).</summary>
    public string? By { get; init; }
}
