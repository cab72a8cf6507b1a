namespace OneMatter.Engine.Definitions;

/// <summary>Parallel split (并联): starts every branch (or every branch whose condition holds)
/// at once; the named <see cref="Join"/> synchronises them.</summary>
public sealed record ParallelNode : Node
{
    /// <inheritdoc />
    public override string Kind => "parallel";

    /// <summary>The branches.</summary>
    public required IReadOnlyList<Branch> Branches { get; init; }

    /// <summary>The join node that closes this split; null for a split whose branches end or
    /// merge on their own (multi-merge).</summary>
    public string? Join { get; init; }

    /// <inheritdoc />
    public override IEnumerable<string> Successors => Branches.Select(b => b.Node);
}
