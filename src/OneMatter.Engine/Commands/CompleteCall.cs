using OneMatter.Engine.Definitions;

namespace OneMatter.Engine.Commands;

/// <summary>A child matter started by a call node ended.</summary>
public sealed record CompleteCall : MatterCommand
{
    /// <summary>The child instance.</summary>
    public required string ChildInstanceId { get; init; }

    /// <summary>Its result.</summary>
    public required EndResult Result { get; init; }
}
