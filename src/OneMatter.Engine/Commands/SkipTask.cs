namespace OneMatter.Engine.Commands;

/// <summary>Skip a skippable task: it completes with its first outcome, recorded as skipped.</summary>
public sealed record SkipTask : TaskCommand
{
    /// <summary>Why.</summary>
    public required string Reason { get; init; }
}
