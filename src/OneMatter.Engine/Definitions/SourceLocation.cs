namespace OneMatter.Engine.Definitions;

/// <summary>Where a definition element was written: file, 1-based line and column. Lets the
/// designer and runtime errors point back at the YAML.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>A location for elements built in code rather than read from a file.</summary>
    public static readonly SourceLocation None = new("", 0, 0);

    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column}";
}
