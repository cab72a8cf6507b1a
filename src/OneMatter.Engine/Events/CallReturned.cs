using OneMatter.Engine.Definitions;

namespace OneMatter.Engine.Events;

/// <summary>A child matter ended and the call node moved on.</summary>
public sealed record CallReturned : MatterEvent
{
    /// <summary>Child instance id.</summary>
    public required string Child { get; init; }
    /// <summary>Its result.</summary>
    public required EndResult Result { get; init; }
}
