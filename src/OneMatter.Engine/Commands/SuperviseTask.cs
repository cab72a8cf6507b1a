namespace OneMatter.Engine.Commands;

/// <summary>督办: a supervisor opens formal supervision of an open task.</summary>
public sealed record SuperviseTask : TaskCommand
{
    /// <summary>The instruction.</summary>
    public string? Message { get; init; }

    /// <summary>A document of the definition to issue with it (the 督办单), or null.</summary>
    public string? Document { get; init; }
}
