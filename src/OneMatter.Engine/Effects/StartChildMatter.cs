using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Effects;

/// <summary>A call node asks to start another matter.</summary>
public sealed record StartChildMatter : Effect
{
    /// <summary>The child's instance id.</summary>
    public required string ChildInstanceId { get; init; }
    /// <summary>Definition id.</summary>
    public required string Matter { get; init; }
    /// <summary>Its form.</summary>
    public required ValueMap<string> Form { get; init; }
}
