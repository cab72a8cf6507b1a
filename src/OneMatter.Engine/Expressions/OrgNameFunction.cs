using OneMatter.Engine.Organisation;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace OneMatter.Engine.Expressions;

/// <summary>
/// <c>place</c> and <c>unit</c>: turn an id stored in a form or the state into the name a
/// document prints, e.g. <c>{{ form.township | place }}</c> gives 白石镇 for <c>baishi</c> and
/// <c>{{ instance.lead | unit }}</c> gives 常山县农业农村局 for <c>cs-agriculture</c>. The names come
/// from the org directory of the scope (<see cref="ExpressionScope.Org"/>). An id the directory
/// does not know (or a scope without a directory) prints as the id itself: a document with an
/// odd id is better than no document while a citizen waits. Null stays null; a list (a multiple
/// choice of places) gives a list of names.
/// </summary>
internal sealed class OrgNameFunction : IScriptCustomFunction
{
    public static readonly OrgNameFunction Place = new("place", static (org, id) => org.FindJurisdiction(id)?.Name);

    public static readonly OrgNameFunction Unit = new("unit", static (org, id) => org.FindUnit(id)?.Name);

    private readonly string _name;
    private readonly Func<OrgDirectory, string, string?> _lookup;

    private OrgNameFunction(string name, Func<OrgDirectory, string, string?> lookup)
    {
        _name = name;
        _lookup = lookup;
    }

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "id");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan,
                $"`{_name}` takes exactly one id, got {arguments.Count} arguments");
        }

        OrgDirectory? org = (context as SandboxContext)?.Scope?.Org;
        return arguments[0] switch
        {
            null => null,
            System.Collections.IList ids => new ScriptArray(ids.Cast<object?>().Select(id => Name(context, org, id))),
            var id => Name(context, org, id),
        };
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    private string? Name(TemplateContext context, OrgDirectory? org, object? value)
    {
        string? id = context.ObjectToString(value);
        if (string.IsNullOrEmpty(id))
        {
            return id;
        }

        return (org is null ? null : _lookup(org, id)) ?? id;
    }
}
