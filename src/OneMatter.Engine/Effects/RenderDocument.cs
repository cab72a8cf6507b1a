namespace OneMatter.Engine.Effects;

/// <summary>Render and store a document from its template and the instance's data.</summary>
public sealed record RenderDocument : Effect
{
    /// <summary>Document number.</summary>
    public required string Number { get; init; }
    /// <summary>Document id of the definition.</summary>
    public required string Document { get; init; }
    /// <summary>Template id.</summary>
    public required string Template { get; init; }
}
