namespace OneMatter.Engine.Definitions;

/// <summary>A boundary timer on a waiting node: if the node is still open after
/// <see cref="After"/>, the token leaves it for <see cref="Next"/> (deferred choice: whichever
/// happens first, the action or the timeout, decides).</summary>
public sealed record Timeout
{
    /// <summary>How long to wait, calendar-aware.</summary>
    public required Duration After { get; init; }

    /// <summary>Where the token goes when time runs out.</summary>
    public required string Next { get; init; }

    /// <summary>Where it was declared.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;
}
