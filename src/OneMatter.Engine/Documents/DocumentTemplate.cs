using System.Security.Cryptography;
using System.Text;
using OneMatter.Engine.Expressions;

namespace OneMatter.Engine.Documents;

/// <summary>
/// One document template of <c>templates/</c>, composed into the shared layout and parsed once.
/// Immutable; may be rendered from many threads at once.
/// </summary>
public sealed class DocumentTemplate
{
    private readonly TextTemplate _text;

    internal DocumentTemplate(string id, string file, TextTemplate text, IReadOnlyList<DocumentReference> references)
    {
        Id = id;
        File = file;
        _text = text;
        References = references;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Source)));
    }

    /// <summary>Template id: the file name without <c>.html</c>.</summary>
    public string Id { get; }

    /// <summary>The document's own file, e.g. <c>acceptance-receipt.html</c>.</summary>
    public string File { get; }

    /// <summary>Lower-case hex SHA-256 of the composed text: which revision of layout and fragment
    /// produced a stored document.</summary>
    public string Sha256 { get; }

    /// <summary>Every variable the composed template reads, placed in its own file.</summary>
    public IReadOnlyList<DocumentReference> References { get; }

    /// <summary>Renders HTML against <paramref name="scope"/> (see <see cref="DocumentScope"/>).
    /// Every value is HTML-escaped; the template cannot reach files or .NET; loops, recursion,
    /// output size and time are bounded by the sandbox.</summary>
    /// <exception cref="ExpressionEvaluationException">A run-time error or a sandbox limit.</exception>
    public string Render(ExpressionScope scope) => _text.Render(scope, htmlEscape: true);

    /// <inheritdoc/>
    public override string ToString() => File;
}
