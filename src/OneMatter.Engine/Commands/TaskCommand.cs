namespace OneMatter.Engine.Commands;

/// <summary>A command aimed at one open task.</summary>
public abstract record TaskCommand : MatterCommand
{
    /// <summary>The task id.</summary>
    public required string TaskId { get; init; }
}
