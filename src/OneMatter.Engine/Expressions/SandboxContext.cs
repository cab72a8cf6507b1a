using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using Scriban.Syntax;

namespace OneMatter.Engine.Expressions;

/// <summary>
/// The Scriban context every expression and template runs in. Strict: a missing variable,
/// member or index is an error, never a silent null. Closed: no template loader, no reflection
/// over .NET objects (only our adapters, strings, numbers, lists, dates and Scriban's own
/// objects have members), builtins from <see cref="SandboxBuiltins"/>. Bounded: the limits in
/// <see cref="SandboxLimits"/>; the caller sets <see cref="TemplateContext.CancellationToken"/>
/// to enforce the deadline.
/// </summary>
internal sealed class SandboxContext : TemplateContext
{
    public SandboxContext(ScriptObject builtins)
        : base(builtins)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedIndexerAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableNullIndexer = false;
        LoopLimit = SandboxLimits.LoopLimit;
        LoopLimitQueryable = SandboxLimits.LoopLimit;
        RecursiveLimit = SandboxLimits.RecursiveLimit;
        ObjectRecursionLimit = SandboxLimits.ObjectRecursionLimit;
        LimitToString = SandboxLimits.OutputLimit;
        OutputLimit = SandboxLimits.OutputLimit;
        // A silently truncated document or comparison would be worse than a clear failure.
        OnStringLimit = ScriptLimitBehavior.Throw;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        RegexTimeOut = SandboxLimits.RegexTimeout;
        TemplateLoader = null;
        // Belt and braces: no reflected .NET member passes, even if an object slips through.
        MemberFilter = static _ => false;
        MemberRenamer = StandardMemberRenamer.Default;
        TryGetMember = ReportMissingMember;
        // Environment.NewLine differs between hosts; output must not.
        NewLine = "\n";
    }

    /// <summary>The scope of the evaluation under way: where <c>place</c>, <c>unit</c> and the
    /// date printing find the org directory and the time zone. Null between evaluations.</summary>
    public ExpressionScope? Scope { get; set; }

    /// <summary>When set, every value written by <c>{{ }}</c> is HTML-escaped; template text is not.</summary>
    public bool HtmlEscape { get; set; }

    // Every {{ value }} goes through here (block statements and the page's final value), while
    // literal template text goes through Write(string/slice). Escaping here means a template
    // author cannot forget it.
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (!HtmlEscape || textAsObject is null)
        {
            return base.Write(span, textAsObject);
        }

        string? text = ObjectToString(textAsObject);
        if (text is not null)
        {
            Write(HtmlText.Escape(text));
        }

        return this;
    }

    // Scriban prints a date through `date.format` ("01 May 2024"): English month names in a
    // Chinese document. Every date written by {{ }} or turned into text reads 2024年5月1日
    // instead; date.to_string still gives any other format on request.
    public override string? ObjectToString(object? value, bool nested = false) =>
        value is DateTime date
            ? ChineseDates.Format(date, Scope?.TimeZone ?? ChineseDates.ChinaStandardTime, withTime: false)
            : base.ObjectToString(value, nested);

    // Nothing here runs asynchronously; route the async path through the same escaping.
    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));

    public override string? GetTemplatePathFromName(string? templateName, ScriptNode? callerContext) =>
        throw new ScriptRuntimeException(callerContext?.Span ?? CurrentSpan, "`include` is not available: templates cannot load other templates or files");

    public override string GetTypeName(object? value) => value switch
    {
        ReadOnlyObjectAdapter => "object",
        ReadOnlyListAdapter => "array",
        _ => base.GetTypeName(value),
    };

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) => target switch
    {
        DateTime => DateMemberAccessor.Instance,
        TimeSpan => TimeSpanMemberAccessor.Instance,
        IScriptObject or string or IList => base.GetMemberAccessorImpl(target),
        // Numbers have no members; anything else would get Scriban's reflection accessor. Either
        // way: no members, and the miss is reported by ReportMissingMember.
        _ => NullAccessor.Default,
    };

    private static bool ReportMissingMember(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        ScriptExpression? owner = context.CurrentNode switch
        {
            ScriptMemberExpression access => access.Target,
            ScriptIndexerExpression access => access.Target,
            _ => null,
        };
        string where = owner is null ? context.GetTypeName(target) : $"`{owner}`";
        throw new ScriptRuntimeException(span, $"{where} has no member `{member}`");
    }
}
