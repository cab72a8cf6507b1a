namespace OneMatter.Engine.Commands;

/// <summary>退回: send the matter back to a node it has passed (also the "redo" pattern).</summary>
public sealed record ReturnTask : TaskCommand
{
    /// <summary>The earlier node.</summary>
    public required string ToNode { get; init; }

    /// <summary>Why.</summary>
    public required string Reason { get; init; }
}
