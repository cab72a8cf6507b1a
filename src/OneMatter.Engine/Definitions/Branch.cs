namespace OneMatter.Engine.Definitions;

/// <summary>One branch of a parallel split; with <see cref="When"/> the split becomes a
/// multi-choice (only branches whose condition holds are started).</summary>
public sealed record Branch
{
    /// <summary>First node of the branch.</summary>
    public required string Node { get; init; }

    /// <summary>Optional condition.</summary>
    public Condition? When { get; init; }

    /// <summary>Where it was declared.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;
}
