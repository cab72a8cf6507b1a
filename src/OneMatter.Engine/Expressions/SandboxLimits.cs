namespace OneMatter.Engine.Expressions;

/// <summary>
/// The bounds every expression and template runs under. Small on purpose: guards and conditions
/// are one-liners and documents loop over a handful of rows, so anything near these limits is a
/// mistake in the definition, not a workload.
/// </summary>
internal static class SandboxLimits
{
    /// <summary>Total loop iterations (including builtins that iterate) in one evaluation.</summary>
    public const int LoopLimit = 1000;

    /// <summary>How deep <c>func</c> calls may nest.</summary>
    public const int RecursiveLimit = 20;

    /// <summary>How deep nested values may be when printed or compared.</summary>
    public const int ObjectRecursionLimit = 20;

    /// <summary>Largest string one conversion or the whole rendered output may reach, in UTF-16 chars.</summary>
    public const int OutputLimit = 1_000_000;

    /// <summary>Parser nesting limit; deeper expressions are parse errors rather than stack overflows.</summary>
    public const int ExpressionDepthLimit = 100;

    /// <summary>Wall-clock budget of one evaluation; the loop and recursion limits normally stop first.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromMilliseconds(200);

    /// <summary>Budget of one builtin regex match, which does not observe the cancellation token.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(100);
}
