namespace OneMatter.Engine.Commands;

/// <summary>The delegate finishes and hands the work item back to its owner.</summary>
public sealed record ResolveDelegation : TaskCommand
{
    /// <summary>The delegate's answer.</summary>
    public string? Comment { get; init; }
}
