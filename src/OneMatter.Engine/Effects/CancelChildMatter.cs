namespace OneMatter.Engine.Effects;

/// <summary>Close a child matter nobody waits for any more (<c>CancelMatter</c> on it).</summary>
public sealed record CancelChildMatter : Effect
{
    /// <summary>The child instance.</summary>
    public required string ChildInstanceId { get; init; }
}
