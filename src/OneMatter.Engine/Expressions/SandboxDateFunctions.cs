using System.Globalization;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace OneMatter.Engine.Expressions;

/// <summary>
/// Scriban's <c>date</c> object with the parsers that read the clock or the host's time zone
/// replaced: <c>date.parse</c> and the <c>date "text"</c> call use <see cref="DateParseFunction"/>.
/// The format codes <c>%s</c> and <c>%Z</c> are refused: .NET computes them from the server's
/// time zone. (<see cref="SandboxBuiltins"/> disables <c>date.now</c>, <c>date.utc_now</c> and
/// <c>date.parse_to_string</c>.)
/// It stays a <see cref="DateTimeFunctions"/> because Scriban expects the <c>date</c> object to be
/// one. A date written without a format (<c>{{ instance.started }}</c>) does not use its
/// <c>format</c> ("01 May 2024") but reads 2024年5月1日 (<see cref="SandboxContext.ObjectToString"/>).
/// </summary>
internal sealed class SandboxDateFunctions : DateTimeFunctions
{
    public SandboxDateFunctions()
    {
        SetValue("parse", DateParseFunction.Instance, readOnly: true);
    }

    // `date "2024-05-01"` calls the object itself; route it through the deterministic parser.
    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.Count == 0 ? this : DateParseFunction.Instance.Invoke(context, callerContext, arguments, blockStatement);
    }

    // Every date.to_string goes through here.
    public override string? ToString(DateTime? datetime, string pattern, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern.Contains("%s", StringComparison.Ordinal) || pattern.Contains("%Z", StringComparison.Ordinal))
        {
            throw new NotSupportedException("the date formats %s and %Z depend on the server's time zone and are not available");
        }

        return base.ToString(datetime, pattern, culture);
    }
}
