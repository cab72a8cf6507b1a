using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Events;

/// <summary>A call node started a child matter.</summary>
public sealed record CallStarted : MatterEvent
{
    /// <summary>Child instance id.</summary>
    public required string Child { get; init; }
    /// <summary>Child matter definition id.</summary>
    public required string Matter { get; init; }
    /// <summary>The call node.</summary>
    public required string Node { get; init; }
    /// <summary>Waiting token.</summary>
    public required string Token { get; init; }
    /// <summary>Child form.</summary>
    public required ValueMap<string> Inputs { get; init; }
}
