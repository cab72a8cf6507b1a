namespace OneMatter.Engine.Expressions;

/// <summary>
/// The outcome of <see cref="Expression.Parse"/>: either an expression or at least one error.
/// </summary>
public sealed class ExpressionParseResult
{
    internal ExpressionParseResult(Expression? expression, IReadOnlyList<ExpressionError> errors)
    {
        Expression = expression;
        Errors = errors;
    }

    /// <summary>The compiled expression; <see langword="null"/> when <see cref="Errors"/> is not empty.</summary>
    public Expression? Expression { get; }

    /// <summary>Every parse error, in source order; empty on success.</summary>
    public IReadOnlyList<ExpressionError> Errors { get; }

    /// <summary><see langword="true"/> when the text parsed and <see cref="Expression"/> is set.</summary>
    public bool Success => Expression is not null;
}
