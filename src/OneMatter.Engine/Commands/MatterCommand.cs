namespace OneMatter.Engine.Commands;

/// <summary>A request to change a matter instance. The interpreter either applies it (events and
/// effects) or rejects it with a specific reason and changes nothing.</summary>
public abstract record MatterCommand
{
    /// <summary>Who asks.</summary>
    public required Actor Actor { get; init; }
}
