namespace OneMatter.Engine.Events;

/// <summary>A branch token arrived at its join.</summary>
public sealed record JoinArrived : MatterEvent
{
    /// <summary>Split activation.</summary>
    public required string Split { get; init; }
    /// <summary>The arriving token (consumed).</summary>
    public required string Token { get; init; }
}
