namespace OneMatter.Engine.Definitions;

/// <summary>Ends a path with a result. A terminating end (the default) ends the whole matter and
/// cancels whatever is still open; a non-terminating end only consumes its token, and the matter
/// ends when no token is left (implicit termination).</summary>
public sealed record EndNode : Node
{
    /// <inheritdoc />
    public override string Kind => "end";

    /// <summary>The result.</summary>
    public required EndResult Result { get; init; }

    /// <summary>Whether reaching it ends the whole matter at once.</summary>
    public bool Terminate { get; init; } = true;

    /// <inheritdoc />
    public override IEnumerable<string> Successors => [];
}
