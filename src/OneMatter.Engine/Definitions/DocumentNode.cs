namespace OneMatter.Engine.Definitions;

/// <summary>Issues a document automatically (rendered after commit by the document service).</summary>
public sealed record DocumentNode : Node
{
    /// <inheritdoc />
    public override string Kind => "document";

    /// <summary>Id of a <see cref="DocumentSpec"/> of the definition.</summary>
    public required string Document { get; init; }

    /// <summary>Where the token goes next.</summary>
    public required string Next { get; init; }

    /// <inheritdoc />
    public override IEnumerable<string> Successors => [Next];
}
