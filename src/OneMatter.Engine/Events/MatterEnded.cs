using OneMatter.Engine.Definitions;

namespace OneMatter.Engine.Events;

/// <summary>办结: the matter ended (approved, rejected, withdrawn, closed).</summary>
public sealed record MatterEnded : MatterEvent
{
    /// <summary>The result.</summary>
    public required EndResult Result { get; init; }
    /// <summary>The end node reached, or null when withdrawn or cancelled.</summary>
    public string? Node { get; init; }
    /// <summary>Why, for withdrawals and cancellations.</summary>
    public string? Reason { get; init; }
}
