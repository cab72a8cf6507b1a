using OneMatter.Engine.Definitions;

namespace OneMatter.Engine.Loading;

/// <summary>Maps a position inside an expression's text onto the file.</summary>
internal static class ExpressionText
{
    /// <summary>
    /// The file position of <paramref name="line"/>:<paramref name="column"/> (1-based, inside
    /// the expression) given where the expression's text starts. Exact for single-line scalars
    /// and for <c>|</c> blocks, whose lines share one indentation; for a folded multi-line scalar
    /// YAML has already joined the lines, so the column is the best available guess.
    /// </summary>
    public static SourceLocation Offset(SourceLocation textStart, int line, int column)
    {
        line = Math.Max(line, 1);
        column = Math.Max(column, 1);
        return textStart with { Line = textStart.Line + line - 1, Column = textStart.Column + column - 1 };
    }
}
