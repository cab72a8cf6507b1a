namespace OneMatter.Engine.Documents;

/// <summary>
/// The composed text of one document template and how its lines map back to the files they came
/// from: the layout's lines before the <c>&lt;!-- content --&gt;</c> line, then the fragment's
/// lines, then the rest of the layout.
/// </summary>
internal sealed class TemplateSource
{
    /// <summary>The line of <c>_layout.html</c> that a document's fragment replaces.</summary>
    public const string ContentMarker = "<!-- content -->";

    private readonly string _fragmentFile;
    private readonly string? _layoutFile;
    private readonly int _before;      // layout lines before the fragment
    private readonly int _fragmentLines;

    private TemplateSource(string text, string fragmentFile, string? layoutFile, int before, int fragmentLines)
    {
        Text = text;
        _fragmentFile = fragmentFile;
        _layoutFile = layoutFile;
        _before = before;
        _fragmentLines = fragmentLines;
    }

    /// <summary>The Scriban text that is parsed and rendered.</summary>
    public string Text { get; }

    /// <summary>A fragment on its own: a full page kept as it is, or no layout in the folder.</summary>
    public static TemplateSource Alone(string fragmentFile, string fragment) => new(fragment, fragmentFile, null, 0, int.MaxValue);

    /// <summary>The fragment put in place of the layout's marker line.</summary>
    public static TemplateSource Composed(string layoutFile, string[] layoutLines, int markerIndex, string fragmentFile, string fragment)
    {
        var fragmentLines = fragment.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        var lines = new List<string>(layoutLines.Length + fragmentLines.Length);
        lines.AddRange(layoutLines.Take(markerIndex));
        lines.AddRange(fragmentLines);
        lines.AddRange(layoutLines.Skip(markerIndex + 1));
        return new TemplateSource(string.Join('\n', lines) + "\n", fragmentFile, layoutFile, markerIndex, fragmentLines.Length);
    }

    /// <summary>The file and line a composed line came from (columns are unchanged).</summary>
    public (string File, int Line) Locate(int composedLine)
    {
        if (_layoutFile is null)
        {
            return (_fragmentFile, composedLine);
        }
        if (composedLine <= _before)
        {
            return (_layoutFile, composedLine);
        }
        if (composedLine <= _before + _fragmentLines)
        {
            return (_fragmentFile, composedLine - _before);
        }
        // The marker line itself was replaced, so the layout resumes one line after it.
        return (_layoutFile, composedLine - _fragmentLines + 1);
    }
}
