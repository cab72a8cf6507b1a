using System.Globalization;
using OneMatter.Engine.Expressions;

namespace OneMatter.Engine.Documents;

/// <summary>
/// A variable a document template reads, placed in the file the author wrote it in (the
/// document's own fragment or the shared <c>_layout.html</c>), not in the composed text.
/// </summary>
/// <param name="File">The template file name, e.g. <c>acceptance-receipt.html</c>.</param>
/// <param name="Line">1-based line in that file.</param>
/// <param name="Column">1-based column in that file.</param>
/// <param name="Variable">The variable path, e.g. <c>form.applicant_name</c>.</param>
public sealed record DocumentReference(string File, int Line, int Column, VariableReference Variable)
{
    /// <summary><c>file:line:col: path</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}: {Variable}");
}
