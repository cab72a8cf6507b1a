using OneMatter.Engine.Definitions;
using OneMatter.Engine.Expressions;
using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Loading;

public sealed partial class DefinitionParser
{
    /// <summary>The condition in <paramref name="key"/> of <paramref name="map"/>, or null when
    /// absent or not parseable (reported).</summary>
    private Condition? ReadCondition(YamlMap map, string key, bool required = false)
    {
        if (map.Scalar(key, required) is not { } scalar)
        {
            return null;
        }
        return ParseExpression(scalar, $"\"{key}\" of {map.What}") is { } expression
            ? new Condition { Expression = expression, Location = TextAt(scalar) }
            : null;
    }

    /// <summary>Parses the scalar as an expression, reporting each syntax error at its position
    /// in the file.</summary>
    private Expression? ParseExpression(YamlScalarNode scalar, string where)
    {
        var source = scalar.Value ?? "";
        ExpressionParseResult result;
        try
        {
            result = Expression.Parse(source);
        }
#pragma warning disable CA1031 // a fault in the expression parser must not take the loader (and the server) down.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _diagnostics.Add(TextAt(scalar), $"could not parse the expression in {where}: {e.Message}");
            return null;
        }
        ReportExpressionErrors(scalar, where, "expression", result.Errors);
        return result.Expression;
    }

    /// <summary>Parses the scalar as a text template (<c>{{ form.x }}</c>).</summary>
    private TextTemplate? ParseTemplate(YamlScalarNode scalar, string where)
    {
        TextTemplateParseResult result;
        try
        {
            result = TextTemplate.Parse(scalar.Value ?? "");
        }
#pragma warning disable CA1031 // as above: bad content never escapes as an exception.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _diagnostics.Add(TextAt(scalar), $"could not parse the template in {where}: {e.Message}");
            return null;
        }
        ReportExpressionErrors(scalar, where, "template", result.Errors);
        return result.Template;
    }

    private void ReportExpressionErrors(YamlScalarNode scalar, string where, string kind, IReadOnlyList<ExpressionError> errors)
    {
        var start = TextAt(scalar);
        foreach (var error in errors)
        {
            _diagnostics.Add(_sourceMap.LocateInText(start, error.Line, error.Column),
                $"invalid {kind} in {where}: {error.Message}");
        }
    }

    /// <summary>The duration in <paramref name="key"/>, or null when absent or not parseable
    /// (reported with the duration parser's own explanation).</summary>
    private Duration? ReadDuration(YamlMap map, string key, bool required = false)
    {
        if (map.Scalar(key, required) is not { } scalar)
        {
            return null;
        }
        string error;
        try
        {
            if (Duration.TryParse(scalar.Value, out var duration, out error))
            {
                return duration;
            }
        }
#pragma warning disable CA1031 // as above.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error = e.Message;
        }
        _diagnostics.Add(scalar.Start, $"invalid \"{key}\" in {map.What}: {error}");
        return null;
    }
}
