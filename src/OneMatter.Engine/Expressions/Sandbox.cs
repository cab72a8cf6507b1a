using Scriban;

namespace OneMatter.Engine.Expressions;

/// <summary>
/// Runs a parsed template in a <see cref="SandboxSession"/> and turns every failure into an
/// <see cref="ExpressionEvaluationException"/>.
/// </summary>
internal static class Sandbox
{
    public static object? Evaluate(Template template, ExpressionScope scope, string source, bool mayRunLong = true)
    {
        ArgumentNullException.ThrowIfNull(scope);
        SandboxSession session = SandboxSession.Rent(scope, mayRunLong);
        object? result;
        try
        {
            result = ScriptValues.FromScript(template.Evaluate(session.Context));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            session.Discard();
            throw EvaluationFailure.From(exception, ScriptKind.Expression, source);
        }

        session.Return();
        return result;
    }

    public static string Render(Template template, ExpressionScope scope, bool htmlEscape, string source, bool mayRunLong = true)
    {
        ArgumentNullException.ThrowIfNull(scope);
        SandboxSession session = SandboxSession.Rent(scope, mayRunLong);
        string text;
        try
        {
            session.Context.HtmlEscape = htmlEscape;
            text = template.Render(session.Context);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            session.Discard();
            throw EvaluationFailure.From(exception, ScriptKind.Template, source);
        }

        session.Return();
        return text;
    }
}
