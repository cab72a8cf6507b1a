namespace OneMatter.Engine.Events;

/// <summary>A document was issued (rendered after commit).</summary>
public sealed record DocumentIssued : MatterEvent
{
    /// <summary>Document number, unique within the instance.</summary>
    public required string Number { get; init; }
    /// <summary>Document id of the definition.</summary>
    public required string Document { get; init; }
    /// <summary>Template id.</summary>
    public required string Template { get; init; }
    /// <summary>The node that issued it.</summary>
    public required string Node { get; init; }
}
