namespace OneMatter.Engine.Definitions;

/// <summary>Exclusive choice: the first condition that holds wins, else <see cref="Default"/>.</summary>
public sealed record DecisionNode : Node
{
    /// <inheritdoc />
    public override string Kind => "decision";

    /// <summary>Ordered conditions.</summary>
    public required IReadOnlyList<DecisionBranch> Conditions { get; init; }

    /// <summary>Where the token goes when no condition holds.</summary>
    public required string Default { get; init; }

    /// <inheritdoc />
    public override IEnumerable<string> Successors => Conditions.Select(c => c.Next).Append(Default);
}
