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
    /// <summary>The node that issued it (for supervision, the supervised task's node; empty when
    /// the matter as a whole is supervised).</summary>
    public required string Node { get; init; }
    /// <summary>Set when the document was issued by supervision (督办): the supervised task,
    /// or empty for the matter as a whole; its template reads <c>supervision</c>.</summary>
    public string? Supervised { get; init; }
}
