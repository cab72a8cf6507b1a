using System.Globalization;
using Scriban;

namespace OneMatter.Engine.Expressions;

/// <summary>
/// A compiled guard, condition or value expression in Scriban script syntax, such as
/// <c>form.floor_area &gt; 200 &amp;&amp; nodes.land.outcome == "pass"</c>.
/// </summary>
/// <remarks>
/// <para>Parsed once (<see cref="Parse"/>) and evaluated many times; an instance is immutable and
/// may be evaluated from many threads at once.</para>
/// <para>Sandboxed and deterministic: an evaluation sees only its <see cref="ExpressionScope"/>
/// (read-only) and the builtins, cannot reach .NET members, files, the clock
/// (<c>date.now</c> fails) or randomness, and stops with an error after
/// <see cref="SandboxLimits.LoopLimit"/> loop steps, <see cref="SandboxLimits.RecursiveLimit"/>
/// nested calls or 200 ms. Variables are strict: reading a missing variable or member fails
/// instead of giving null. What one evaluation assigns is gone before the next.</para>
/// </remarks>
public sealed class Expression
{
    private readonly Template _template;
    private readonly bool _mayRunLong;

    private Expression(string source, Template template, IReadOnlyList<VariableReference> references, bool mayRunLong)
    {
        _mayRunLong = mayRunLong;
        Source = source;
        _template = template;
        References = references;
    }

    /// <summary>The expression text as written.</summary>
    public string Source { get; }

    /// <summary>
    /// Every variable path the expression reads, in source order (see <see cref="VariableReference"/>);
    /// the definition loader checks them against form fields and nodes.
    /// </summary>
    public IReadOnlyList<VariableReference> References { get; }

    /// <summary>
    /// For an expression that is nothing but a member path (<c>form.township</c>), the path's
    /// segments; null otherwise. Callers may read such a path straight from their data and fall
    /// back to <see cref="Evaluate"/> when a segment is missing (to get the sandbox's error).
    /// </summary>
    public IReadOnlyList<string>? SimplePath { get; private init; }

    /// <summary>
    /// Parses <paramref name="source"/> in Scriban script-only mode. Never throws: syntax errors,
    /// an empty text and uses of disabled builtins (<c>date.now</c>, <c>include</c>, ...) come
    /// back as <see cref="ExpressionParseResult.Errors"/> with 1-based positions in the text.
    /// </summary>
    public static ExpressionParseResult Parse(string source)
    {
        CompiledScript compiled = ScriptCompiler.Compile(source, ScriptKind.Expression);
        return compiled.Template is null
            ? new ExpressionParseResult(null, compiled.Errors)
            : new ExpressionParseResult(new Expression(source, compiled.Template, compiled.References, compiled.MayRunLong)
            {
                SimplePath = PathOf(source, compiled.References),
            }, []);
    }

    /// <summary>
    /// Evaluates the expression and returns the value of its last statement: null, string, bool,
    /// a number, <see cref="DateTime"/>, <see cref="TimeSpan"/>, an <see cref="IReadOnlyList{T}"/>
    /// or an <see cref="IReadOnlyDictionary{TKey, TValue}"/>.
    /// </summary>
    /// <exception cref="ExpressionEvaluationException">
    /// Any run-time error, a missing variable, a sandbox limit or the deadline; the message
    /// includes the expression text and the position.
    /// </exception>
    public object? Evaluate(ExpressionScope scope) => Sandbox.Evaluate(_template, scope, Source, _mayRunLong);

    /// <summary>Evaluates a guard or condition, which must give exactly <see langword="true"/> or <see langword="false"/>.</summary>
    /// <exception cref="ExpressionEvaluationException">
    /// As for <see cref="Evaluate"/>, or the result is not a boolean (no truthiness: <c>"no"</c>
    /// or <c>0</c> is an error, not false).
    /// </exception>
    public bool IsTrue(ExpressionScope scope)
    {
        object? result = Evaluate(scope);
        return result is bool value
            ? value
            : throw new ExpressionEvaluationException(
                $"Expression `{Source}` must give true or false, gave {Describe(result)}", Source, null, null, null);
    }

    /// <inheritdoc/>
    public override string ToString() => Source;

    private static string Describe(object? value) => value switch
    {
        null => "nothing (null)",
        string text => $"the text \"{text}\"",
        IReadOnlyDictionary<string, object?> => "an object",
        IReadOnlyList<object?> => "a list",
        DateTime date => $"the date {date:O}",
        TimeSpan duration => $"the timespan {duration:c}",
        IFormattable number => $"the number {number.ToString(null, CultureInfo.InvariantCulture)}",
        _ => value.GetType().Name,
    };

    private static string[]? PathOf(string source, IReadOnlyList<VariableReference> references)
    {
        if (references.Count != 1 || references[0].Path.Count < 2)
        {
            return null;
        }
        var path = references[0].Path;
        return string.Join('.', path) == source.Trim() && path.All(IsIdentifier) ? [.. path] : null;
    }

    private static bool IsIdentifier(string segment) =>
        segment.Length > 0 && (char.IsAsciiLetter(segment[0]) || segment[0] == '_')
        && segment.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
