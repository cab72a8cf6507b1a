using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace OneMatter.Engine.Expressions;

/// <summary>
/// Stands in for a Scriban builtin that would break the sandbox (read the clock, draw random
/// numbers, load files, evaluate code built at run time). Calling it fails with a message that
/// says why, which reads better than "variable not found" when a designer copies a Scriban example.
/// </summary>
internal sealed class DisabledFunction(string name, string reason) : IScriptCustomFunction
{
    public int RequiredParameterCount => 0;

    public int ParameterCount => 0;

    // Direct: accept any arguments, so the call reaches Invoke and fails with our message.
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, $"`{name}` is not available: {reason}");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
