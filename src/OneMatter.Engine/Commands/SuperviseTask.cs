namespace OneMatter.Engine.Commands;

/// <summary>督办: a supervisor opens formal supervision of an open task.</summary>
public sealed record SuperviseTask : TaskCommand
{
    /// <summary>The instruction.</summary>
    public string? Message { get; init; }
}
