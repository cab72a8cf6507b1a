namespace OneMatter.Engine.Expressions;

/// <summary>
/// The outcome of <see cref="TextTemplate.Parse"/>: either a template or at least one error.
/// </summary>
public sealed class TextTemplateParseResult
{
    internal TextTemplateParseResult(TextTemplate? template, IReadOnlyList<ExpressionError> errors)
    {
        Template = template;
        Errors = errors;
    }

    /// <summary>The compiled template; <see langword="null"/> when <see cref="Errors"/> is not empty.</summary>
    public TextTemplate? Template { get; }

    /// <summary>Every parse error, in source order; empty on success.</summary>
    public IReadOnlyList<ExpressionError> Errors { get; }

    /// <summary><see langword="true"/> when the text parsed and <see cref="Template"/> is set.</summary>
    public bool Success => Template is not null;
}
