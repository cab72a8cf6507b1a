using Scriban;

namespace OneMatter.Engine.Expressions;

/// <summary>
/// A compiled message or document template in Scriban text syntax, such as
/// <c>{{ form.applicant_name }} 您好，您的申请已受理。</c>
/// </summary>
/// <remarks>
/// Runs in the same sandbox as <see cref="Expression"/>: strict variables, no .NET members,
/// no files (<c>include</c> fails), no clock, bounded loops, recursion, output size and time.
/// Immutable; may be rendered from many threads at once.
/// </remarks>
public sealed class TextTemplate
{
    private readonly Template _template;
    private readonly bool _mayRunLong;

    private TextTemplate(string source, Template template, IReadOnlyList<VariableReference> references, bool mayRunLong)
    {
        _mayRunLong = mayRunLong;
        Source = source;
        _template = template;
        References = references;
    }

    /// <summary>The template text as written.</summary>
    public string Source { get; }

    /// <summary>Every variable path the template reads, in source order (see <see cref="VariableReference"/>).</summary>
    public IReadOnlyList<VariableReference> References { get; }

    /// <summary>
    /// Parses <paramref name="source"/> as text with <c>{{ }}</c> blocks. Never throws; errors
    /// carry 1-based positions in the template text.
    /// </summary>
    public static TextTemplateParseResult Parse(string source)
    {
        CompiledScript compiled = ScriptCompiler.Compile(source, ScriptKind.Template);
        return compiled.Template is null
            ? new TextTemplateParseResult(null, compiled.Errors)
            : new TextTemplateParseResult(new TextTemplate(source, compiled.Template, compiled.References, compiled.MayRunLong), []);
    }

    /// <summary>Renders the template against <paramref name="scope"/>.</summary>
    /// <param name="scope">The variables the template can read.</param>
    /// <param name="htmlEscape">
    /// <see langword="true"/> for HTML documents: every value written by <c>{{ }}</c> is escaped
    /// (<c>&lt;script&gt;</c> comes out as <c>&amp;lt;script&amp;gt;</c>) while the template's own
    /// text is written as is. The escaping happens in the output path, so an author cannot forget
    /// it and should not add <c>html.escape</c> (that would escape twice). Text gathered with
    /// <c>capture</c> is a value too and is escaped again when written, so capture plain text only.
    /// </param>
    /// <exception cref="ExpressionEvaluationException">Any run-time error or sandbox limit; the message gives the line.</exception>
    public string Render(ExpressionScope scope, bool htmlEscape) => Sandbox.Render(_template, scope, htmlEscape, Source, _mayRunLong);

    /// <inheritdoc/>
    public override string ToString() => Source;
}
