namespace OneMatter.Engine.Instances;

/// <summary>
/// A thread of control at a node. <see cref="Scope"/> names the parallel splits it runs inside,
/// outermost first, joined by <c>/</c> (empty at top level), so joins and returns know which
/// tokens belong together.
/// </summary>
public sealed record Token(string Id, string Node, string Scope)
{
    /// <summary>The innermost split this token runs in, or null at top level.</summary>
    public string? InnermostSplit => Scope.Length == 0 ? null : Scope[(Scope.LastIndexOf('/') + 1)..];
}
