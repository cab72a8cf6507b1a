namespace OneMatter.Engine.Instances;

/// <summary>Bookkeeping of one activation of a parallel split and its join.</summary>
public sealed record JoinState
{
    /// <summary>Split activation id (also the scope segment of its branch tokens).</summary>
    public required string Split { get; init; }

    /// <summary>The join node.</summary>
    public required string JoinNode { get; init; }

    /// <summary>The scope the split was opened in (where the token continues after the join).</summary>
    public required string ParentScope { get; init; }

    /// <summary>Branches started.</summary>
    public int Expected { get; init; }

    /// <summary>Branches that arrived at the join.</summary>
    public int Arrived { get; init; }

    /// <summary>Branches that ended without arriving (cancelled, ended on their own).</summary>
    public int Cancelled { get; init; }

    /// <summary>Whether the join has let its token through.</summary>
    public bool Fired { get; init; }

    /// <summary>Whether every started branch is accounted for.</summary>
    public bool Settled => Arrived + Cancelled >= Expected;
}
