using Scriban;
using Scriban.Parsing;

namespace OneMatter.Engine.Expressions;

/// <summary>
/// Parses expression and template text once, at load time: Scriban errors become
/// <see cref="ExpressionError"/>s with 1-based positions, disabled builtins (<c>date.now</c>,
/// <c>include</c>, ...) are reported here already, and the variable references are collected.
/// Never throws.
/// </summary>
internal static class ScriptCompiler
{
    // Decimal literals so that `form.fee > 0.1` compares exactly against decimal form values.
    private static readonly ParserOptions Parser = new()
    {
        ParseFloatAsDecimal = true,
        ExpressionDepthLimit = SandboxLimits.ExpressionDepthLimit,
    };

    private static readonly LexerOptions ScriptOnly = new() { Mode = ScriptMode.ScriptOnly };
    private static readonly LexerOptions TextWithBlocks = new() { Mode = ScriptMode.Default };

    public static CompiledScript Compile(string? source, ScriptKind kind)
    {
        if (source is null || (kind == ScriptKind.Expression && string.IsNullOrWhiteSpace(source)))
        {
            return Failed(new ExpressionError(1, 1, kind == ScriptKind.Expression ? "the expression is empty" : "the template is missing"));
        }

        Template template;
        try
        {
            template = Template.Parse(source, null, Parser, kind == ScriptKind.Expression ? ScriptOnly : TextWithBlocks);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Parse promises never to throw; a parser crash on odd input is reported like a syntax error.
            return Failed(new ExpressionError(1, 1, $"the text could not be parsed: {exception.Message}"));
        }

        if (template.HasErrors || template.Page is null)
        {
            var errors = template.Messages
                .Where(message => message.Type == ParserMessageType.Error)
                .Select(message => ToError(message, source))
                .ToArray();
            return Failed(errors.Length > 0 ? errors : [new ExpressionError(1, 1, "the text could not be parsed")]);
        }

        var collector = ReferenceCollector.Collect(template.Page);
        var disabled = collector.Paths.Select(path => Disabled(path, collector)).OfType<ExpressionError>().ToArray();
        if (disabled.Length > 0)
        {
            return Failed(disabled);
        }

        var references = collector.Paths
            .Where(path => !SandboxBuiltins.Names.Contains(path.Path[0]) && !collector.IsDeclared(path.Path[0]))
            .ToArray();
        return new CompiledScript(template, [], references, collector.MayRunLong);
    }

    private static CompiledScript Failed(params ExpressionError[] errors) => new(null, errors, []);

    private static ExpressionError? Disabled(VariableReference reference, ReferenceCollector collector)
    {
        if (collector.IsDeclared(reference.Path[0]))
        {
            return null;
        }

        string name = reference.Path.Count > 1 ? $"{reference.Path[0]}.{reference.Path[1]}" : reference.Path[0];
        return SandboxBuiltins.Disabled.TryGetValue(name, out string? reason)
            ? new ExpressionError(reference.Line, reference.Column, $"`{name}` is not available: {reason}")
            : null;
    }

    private static ExpressionError ToError(LogMessage message, string source)
    {
        TextPosition start = message.Span.Start;
        string text = message.Message
            .Replace("Invalid token `<eof>`", "Unexpected end of the text", StringComparison.Ordinal)
            .Replace("`<eof>`", "the end of the text", StringComparison.Ordinal);
        if (start.Line >= 0 && start.Column >= 0)
        {
            return new ExpressionError(start.Line + 1, start.Column + 1, text);
        }

        // Scriban reports "unexpected end" at a position of -1; point just past the last character.
        int lastNewLine = source.LastIndexOf('\n');
        int line = source.Count(c => c == '\n') + 1;
        return new ExpressionError(line, source.Length - lastNewLine, text);
    }
}
