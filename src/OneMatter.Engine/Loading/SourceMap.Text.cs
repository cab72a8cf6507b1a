using OneMatter.Engine.Definitions;
using YamlDotNet.RepresentationModel;

namespace OneMatter.Engine.Loading;

public sealed partial class SourceMap
{
    private readonly FileText? _text;

    /// <summary>
    /// The file position of <paramref name="line"/>:<paramref name="column"/> (1-based) inside
    /// the value of the scalar whose text starts at <paramref name="textStart"/>: where an
    /// expression error or a variable reference is written. Follows YAML's folding (a <c>&gt;</c>
    /// block or a multi-line plain scalar joins its lines with spaces) by walking the value and
    /// the file side by side; where that fails (escapes in a quoted scalar) the position is the
    /// plain offset from the text start.
    /// </summary>
    public SourceLocation LocateInText(SourceLocation textStart, int line, int column)
    {
        if (_text is not null && _text.Scalars.TryGetValue(textStart, out var scalar)
            && _text.Align(scalar, textStart, line, column) is { } exact)
        {
            return exact;
        }
        return ExpressionText.Offset(textStart, line, column);
    }

    /// <summary>The file's text with its line starts, and its scalars by where their text starts.</summary>
    private sealed class FileText
    {
        private readonly string _text;
        private readonly List<int> _lineStarts = [0];

        public FileText(string text)
        {
            _text = text;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        public Dictionary<SourceLocation, YamlScalarNode> Scalars { get; } = [];

        public SourceLocation? Align(YamlScalarNode scalar, SourceLocation textStart, int line, int column)
        {
            var value = scalar.Value ?? "";
            var target = IndexIn(value, line, column);
            var at = IndexOf(textStart.Line, textStart.Column);
            var end = IndexOf((int)Math.Min(scalar.End.Line, int.MaxValue), (int)Math.Min(scalar.End.Column, int.MaxValue)) ?? _text.Length;
            if (target is null || at is null)
            {
                return null;
            }
            var f = at.Value;
            for (var i = 0; i < target; i++)
            {
                if (!Step(ref f, value[i], end))
                {
                    return null;
                }
            }
            // Land on the character itself, past a line break and indentation YAML folded away.
            while (target < value.Length && f < end && IsSpace(_text[f]) && _text[f] != value[target.Value])
            {
                f++;
            }
            return ToLocation(textStart.File, f);
        }

        /// <summary>Consumes <paramref name="c"/> of the value at file index <paramref name="f"/>:
        /// the same character, or for a space any run of blanks and line breaks (folding), after
        /// skipping indentation before a non-blank character.</summary>
        private bool Step(ref int f, char c, int end)
        {
            while (f < end)
            {
                var x = _text[f];
                if (x == c)
                {
                    f++;
                    return true;
                }
                if (!IsSpace(x))
                {
                    return false;
                }
                if (IsSpace(c))
                {
                    while (f < end && IsSpace(_text[f]))
                    {
                        f++;
                    }
                    return true;
                }
                f++;
            }
            return false;
        }

        private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n';

        private static int? IndexIn(string value, int line, int column)
        {
            var index = 0;
            for (var l = 1; l < line; l++)
            {
                var next = value.IndexOf('\n', index);
                if (next < 0)
                {
                    return null;
                }
                index = next + 1;
            }
            index += column - 1;
            return index >= 0 && index <= value.Length ? index : null;
        }

        private int? IndexOf(int line, int column)
        {
            if (line < 1 || line > _lineStarts.Count || column < 1)
            {
                return null;
            }
            var index = _lineStarts[line - 1] + column - 1;
            return index <= _text.Length ? index : null;
        }

        private SourceLocation ToLocation(string file, int index)
        {
            var line = _lineStarts.BinarySearch(index);
            line = line >= 0 ? line : ~line - 1;
            return new SourceLocation(file, line + 1, index - _lineStarts[line] + 1);
        }
    }
}
