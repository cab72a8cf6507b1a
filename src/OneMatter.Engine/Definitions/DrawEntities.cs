namespace OneMatter.Engine.Definitions;

/// <summary>The <c>entities</c> of a draw node: how many to draw (随机抽取检查对象) and the
/// filters that make the candidate list.</summary>
public sealed record DrawEntities
{
    /// <summary>How many entities to draw (at least 1).</summary>
    public required int Count { get; init; }

    /// <summary>Industries the candidates must be in; empty means every industry.</summary>
    public IReadOnlyList<string> Industries { get; init; } = [];

    /// <summary>An expression giving the place to draw in (a township, a zone or the county);
    /// null, or a value that is null or empty, means the whole register.</summary>
    public Condition? Area { get; init; }

    /// <summary>Where it was declared.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;
}
