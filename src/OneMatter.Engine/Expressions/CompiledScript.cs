using Scriban;

namespace OneMatter.Engine.Expressions;

/// <summary>The result of <see cref="ScriptCompiler.Compile"/>: a template, or errors.</summary>
/// <param name="Template">The parsed Scriban template; <see langword="null"/> when there are errors.</param>
/// <param name="Errors">Parse errors in source order; empty on success.</param>
/// <param name="References">The caller variables the script reads; empty on failure.</param>
/// <param name="MayRunLong">Whether the script loops or defines functions (then it runs under a deadline).</param>
internal sealed record CompiledScript(
    Template? Template,
    IReadOnlyList<ExpressionError> Errors,
    IReadOnlyList<VariableReference> References,
    bool MayRunLong = true);
