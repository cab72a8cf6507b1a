namespace OneMatter.Engine.Interpreter;

/// <summary>Token scopes are split activation ids joined by <c>/</c>, outermost first.</summary>
internal static class Scopes
{
    /// <summary>Whether <paramref name="scope"/> is <paramref name="outer"/> or nested inside it.</summary>
    public static bool IsWithin(string scope, string outer) =>
        outer.Length == 0 || scope == outer || scope.StartsWith(outer + "/", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="scope"/> is strictly inside <paramref name="outer"/>.</summary>
    public static bool IsInside(string scope, string outer) =>
        scope != outer && IsWithin(scope, outer);

    /// <summary>The scope of branches opened by <paramref name="split"/> inside <paramref name="scope"/>.</summary>
    public static string Enter(string scope, string split) => scope.Length == 0 ? split : scope + "/" + split;
}
