using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace OneMatter.Engine.Expressions;

/// <summary>
/// <c>cn_date</c> (<c>2026年3月2日</c>) and <c>cn_datetime</c> (<c>2026年3月2日 14:05</c>) for
/// documents: <c>{{ instance.started | cn_date }}</c>, <c>{{ nodes.order.fields.rectify_by | cn_date }}</c>.
/// Takes a date or the ISO text a date field stores (<c>2026-03-16</c>); instants are shown in the
/// scope's zone (see <see cref="ChineseDates"/>). Null stays null; other text is an error naming it.
/// </summary>
internal sealed class ChineseDateFunction : IScriptCustomFunction
{
    public static readonly ChineseDateFunction Date = new("cn_date", withTime: false);

    public static readonly ChineseDateFunction DateTime = new("cn_datetime", withTime: true);

    private readonly string _name;
    private readonly bool _withTime;

    private ChineseDateFunction(string name, bool withTime)
    {
        _name = name;
        _withTime = withTime;
    }

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "date");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan,
                $"`{_name}` takes exactly one date, got {arguments.Count} arguments");
        }

        System.DateTime? value = arguments[0] switch
        {
            null => null,
            System.DateTime date => date,
            string text => DateParseFunction.Parse(context, callerContext, text),
            var other => throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan,
                $"`{_name}` needs a date or text like 2026-03-16, not {context.GetTypeName(other)}"),
        };
        TimeZoneInfo zone = (context as SandboxContext)?.Scope?.TimeZone ?? ChineseDates.ChinaStandardTime;
        return value is { } day ? ChineseDates.Format(day, zone, _withTime) : null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
