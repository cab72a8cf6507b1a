namespace OneMatter.Engine.Expressions;

/// <summary>
/// A variable path that an expression or template reads, such as <c>form.floor_area</c>
/// (<c>["form", "floor_area"]</c>) or <c>nodes["land"].outcome</c> (<c>["nodes", "land", "outcome"]</c>).
/// </summary>
/// <remarks>
/// The path stops before the first segment that is not a plain name or a string literal: for
/// <c>form.items[0].price</c> it is <c>["form", "items"]</c>. Builtin function objects
/// (<c>math</c>, <c>string</c>, <c>date</c>, ...) and variables the script assigns itself
/// (loop variables, <c>func</c> names and parameters, <c>x = ...</c>) are never references.
/// </remarks>
/// <param name="Path">The root variable followed by its member names; never empty.</param>
/// <param name="Line">1-based line of the root variable inside the expression text.</param>
/// <param name="Column">1-based column of the root variable.</param>
public sealed record VariableReference(IReadOnlyList<string> Path, int Line, int Column)
{
    /// <summary>Equal when the paths have the same segments and the positions match.</summary>
    public bool Equals(VariableReference? other) =>
        other is not null && Line == other.Line && Column == other.Column && Path.SequenceEqual(other.Path, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Line, Column, Path.Count > 0 ? Path[0] : null);

    /// <summary>The path written with dots, e.g. <c>nodes.land.outcome</c>.</summary>
    public override string ToString() => string.Join('.', Path);
}
