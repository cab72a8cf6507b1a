namespace OneMatter.Engine.Definitions;

/// <summary>Synchronises the branches of a <see cref="ParallelNode"/>.</summary>
public sealed record JoinNode : Node
{
    /// <inheritdoc />
    public override string Kind => "join";

    /// <summary>All, any or n-of-m.</summary>
    public JoinMode Mode { get; init; } = JoinMode.All;

    /// <summary>For <see cref="JoinMode.Count"/>: how many arrivals fire the join.</summary>
    public int Count { get; init; }

    /// <summary>Whether branches still running when the join fires are cancelled.</summary>
    public bool CancelRemaining { get; init; }

    /// <summary>Where the token goes after the join.</summary>
    public required string Next { get; init; }

    /// <inheritdoc />
    public override IEnumerable<string> Successors => [Next];
}
