namespace OneMatter.Engine.Events;

/// <summary>汇总: a join let its token through.</summary>
public sealed record JoinFired : MatterEvent
{
    /// <summary>Split activation.</summary>
    public required string Split { get; init; }
    /// <summary>The join node.</summary>
    public required string Node { get; init; }
}
