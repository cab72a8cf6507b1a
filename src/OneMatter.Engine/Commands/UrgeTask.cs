namespace OneMatter.Engine.Commands;

/// <summary>催办: remind the holder of an open task.</summary>
public sealed record UrgeTask : TaskCommand
{
    /// <summary>The reminder.</summary>
    public string? Message { get; init; }
}
