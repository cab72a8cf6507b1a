namespace OneMatter.Engine.Expressions;

/// <summary>
/// An expression or template failed while running: a missing variable or member, a type error,
/// a sandbox limit (loop count, recursion depth, time), or a forbidden builtin such as
/// <c>date.now</c>. The message names the expression and the position and is meant for the
/// process designer; the engine treats the failure as a definition error, never as a crash.
/// </summary>
public sealed class ExpressionEvaluationException : Exception
{
    /// <summary>Creates an exception with a generic message.</summary>
    public ExpressionEvaluationException()
        : base("An expression failed.")
    {
    }

    /// <summary>Creates an exception with the given message.</summary>
    public ExpressionEvaluationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with the given message and cause.</summary>
    public ExpressionEvaluationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal ExpressionEvaluationException(string message, string expressionSource, int? line, int? column, Exception? innerException)
        : base(message, innerException)
    {
        ExpressionSource = expressionSource;
        Line = line;
        Column = column;
    }

    /// <summary>The text of the failing expression or template, when known.</summary>
    public string? ExpressionSource { get; }

    /// <summary>1-based line inside <see cref="ExpressionSource"/> where it failed, when known.</summary>
    public int? Line { get; }

    /// <summary>1-based column inside that line, when known.</summary>
    public int? Column { get; }
}
