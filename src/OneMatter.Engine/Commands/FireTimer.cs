namespace OneMatter.Engine.Commands;

/// <summary>A timer job ran. Stale, repeated or early firings are ignored without change.</summary>
public sealed record FireTimer : MatterCommand
{
    /// <summary>The timer.</summary>
    public required string TimerId { get; init; }
}
