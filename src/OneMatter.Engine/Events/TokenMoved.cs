namespace OneMatter.Engine.Events;

/// <summary>A token arrived at a node (created if new).</summary>
public sealed record TokenMoved : MatterEvent
{
    /// <summary>Token id.</summary>
    public required string Token { get; init; }
    /// <summary>The node.</summary>
    public required string Node { get; init; }
    /// <summary>Its scope (see Instances.Token.Scope).</summary>
    public required string Scope { get; init; }
    /// <summary>The node it left, if any (recorded as passed).</summary>
    public string? From { get; init; }
}
