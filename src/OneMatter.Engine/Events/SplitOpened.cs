namespace OneMatter.Engine.Events;

/// <summary>并联: a parallel split started branches.</summary>
public sealed record SplitOpened : MatterEvent
{
    /// <summary>Split activation id.</summary>
    public required string Split { get; init; }
    /// <summary>The parallel node.</summary>
    public required string Node { get; init; }
    /// <summary>Its join node, null when branches run on independently.</summary>
    public string? JoinNode { get; init; }
    /// <summary>The token that reached the split (consumed).</summary>
    public required string Token { get; init; }
    /// <summary>Scope of the split itself.</summary>
    public required string Scope { get; init; }
    /// <summary>Number of branches started.</summary>
    public required int Branches { get; init; }
}
