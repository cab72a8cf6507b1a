namespace OneMatter.Engine.Commands;

/// <summary>转办: hand a work item over to another unit for good (reallocation).</summary>
public sealed record TransferTask : TaskCommand
{
    /// <summary>Receiving unit.</summary>
    public required string ToUnit { get; init; }

    /// <summary>Why.</summary>
    public string? Reason { get; init; }
}
