using Scriban.Syntax;

namespace OneMatter.Engine.Expressions;

/// <summary>
/// Turns whatever Scriban threw into an <see cref="ExpressionEvaluationException"/> whose
/// message names the expression, the position and the cause in a designer's words.
/// </summary>
internal static class EvaluationFailure
{
    public static ExpressionEvaluationException From(Exception exception, ScriptKind kind, string source)
    {
        string cause = Cause(exception);
        int? line = null;
        int? column = null;
        if (exception is ScriptRuntimeException { Span.Start: { Line: >= 0 } start })
        {
            line = start.Line + 1;
            column = start.Column + 1;
        }

        string where = line is null ? string.Empty : $" at line {line}, column {column}";
        string message = kind == ScriptKind.Expression
            ? $"Expression `{source}` failed{where}: {cause}"
            : $"Template failed{where}{Near(source, line)}: {cause}";
        return new ExpressionEvaluationException(message, source, line, column, exception);
    }

    private static string Cause(Exception exception)
    {
        if (exception is ScriptAbortException)
        {
            return $"stopped after {SandboxLimits.Deadline.TotalMilliseconds} ms; expressions and templates must finish quickly (is there an endless loop?)";
        }

        string original = exception is ScriptRuntimeException scriptError ? scriptError.OriginalMessage : exception.Message;
        if (original.StartsWith("Exceeding number of iteration limit", StringComparison.Ordinal))
        {
            return $"stopped after {SandboxLimits.LoopLimit} loop steps; loops may run at most {SandboxLimits.LoopLimit} times in one evaluation (is there an endless loop?)";
        }

        if (original.Contains("recursive depth limit", StringComparison.Ordinal))
        {
            return $"stopped: functions may call each other at most {SandboxLimits.RecursiveLimit} levels deep (does a function call itself without end?)";
        }

        // Scriban wraps .NET exceptions (e.g. writing to a read-only list) with a generic prefix;
        // the inner message is the one that explains.
        return exception.InnerException is { } inner and not ScriptRuntimeException ? inner.Message : original;
    }

    private static string Near(string source, int? line)
    {
        if (line is null)
        {
            return string.Empty;
        }

        string[] lines = source.Split('\n');
        string text = line.Value <= lines.Length ? lines[line.Value - 1].Trim() : string.Empty;
        if (text.Length > 80)
        {
            text = string.Concat(text.AsSpan(0, 77), "...");
        }

        return text.Length == 0 ? string.Empty : $" (`{text}`)";
    }
}
