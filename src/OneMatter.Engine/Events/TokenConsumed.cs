namespace OneMatter.Engine.Events;

/// <summary>A token ended: at a non-terminating end, by cancellation, or at a join.</summary>
public sealed record TokenConsumed : MatterEvent
{
    /// <summary>Token id.</summary>
    public required string Token { get; init; }
    /// <summary>Whether it ended without reaching its join (a join stops waiting for it).</summary>
    public bool Abandoned { get; init; }
}
