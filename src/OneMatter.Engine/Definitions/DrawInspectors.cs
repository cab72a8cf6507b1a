namespace OneMatter.Engine.Definitions;

/// <summary>The <c>inspectors</c> of a draw node: how many to draw (随机选派执法检查人员) from
/// the pools of which units. Every named unit gets at least one inspector, so a joint inspection
/// (综合查一次) has each department's expertise on the team.</summary>
public sealed record DrawInspectors
{
    /// <summary>How many inspectors in all (at least the number of units).</summary>
    public required int Count { get; init; }

    /// <summary>Unit ids whose pools are drawn from, each at least once, in this order.</summary>
    public required IReadOnlyList<string> Units { get; init; }

    /// <summary>Where it was declared.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;
}
