namespace OneMatter.Engine.Definitions;

/// <summary>One guarded way out of a decision.</summary>
public sealed record DecisionBranch
{
    /// <summary>The condition.</summary>
    public required Condition When { get; init; }

    /// <summary>Where the token goes when it holds.</summary>
    public required string Next { get; init; }

    /// <summary>Where it was declared.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;
}
