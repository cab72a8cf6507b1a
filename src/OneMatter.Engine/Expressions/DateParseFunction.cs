using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace OneMatter.Engine.Expressions;

/// <summary>
/// A deterministic <c>date.parse</c>. Scriban's own reads the host's time zone (offsets are
/// converted to local time) and the clock (a time without a date means today); this one uses the
/// invariant culture, turns text with an offset into a UTC instant, and puts a lone time on 0001-01-01.
/// Unreadable text is an error rather than Scriban's silent 0001-01-01.
/// </summary>
internal sealed class DateParseFunction : IScriptCustomFunction
{
    public static readonly DateParseFunction Instance = new();

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "text");

    /// <summary>Parses text such as <c>2024-05-01</c>, <c>2024-05-01T08:30:00</c> or <c>2024-05-01T08:30:00+08:00</c>.</summary>
    public static DateTime? Parse(TemplateContext context, ScriptNode? callerContext, object? argument)
    {
        string? text = context.ObjectToString(argument);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // AdjustToUniversal: text with an offset ("Z", "+08:00") names an instant and becomes UTC
        // directly, never via the server's zone; text without one stays an unspecified wall time.
        // NoCurrentDateDefault: a lone time is put on 0001-01-01 instead of today.
        const DateTimeStyles Styles =
            DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.NoCurrentDateDefault | DateTimeStyles.AdjustToUniversal;
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, Styles, out DateTime parsed))
        {
            return parsed;
        }

        throw new ScriptRuntimeException(
            callerContext?.Span ?? context.CurrentSpan,
            $"`{text}` is not a date; write it like 2024-05-01 or 2024-05-01T08:30:00+08:00");
    }

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1)
        {
            throw new ScriptRuntimeException(
                callerContext?.Span ?? context.CurrentSpan,
                $"`date.parse` takes exactly one text, got {arguments.Count} arguments");
        }

        return Parse(context, callerContext, arguments[0]);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
