using OneMatter.Engine.Expressions;

namespace OneMatter.Engine.Definitions;

/// <summary>A guard or condition: a compiled Scriban expression, with the text and an optional
/// description the designer shows next to the edge.</summary>
public sealed record Condition
{
    /// <summary>The compiled expression; evaluated in the sandbox.</summary>
    public required Expression Expression { get; init; }

    /// <summary>What the designer wrote.</summary>
    public string Source => Expression.Source;

    /// <summary>Plain words for the designer, e.g. "land review passed".</summary>
    public string? Description { get; init; }

    /// <summary>Where it was declared.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;
}
