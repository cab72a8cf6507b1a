using OneMatter.Engine.Expressions;
using OneMatter.Engine.Loading;

namespace OneMatter.Engine.Documents;

/// <summary>
/// The document templates of a <c>templates/</c> folder. Every <c>*.html</c> but
/// <c>_layout.html</c> is a document; its text goes in place of the layout's
/// <c>&lt;!-- content --&gt;</c> line before parsing, so all documents share one A4 page style
/// and footer (verification code) and an author writes only the document's own content.
/// A file that is a whole page (it starts with <c>&lt;!DOCTYPE</c> or <c>&lt;html</c>) is used as
/// it is. Errors are reported in the file and line the author wrote, never in the composed text.
/// </summary>
public sealed class DocumentTemplates
{
    /// <summary>The shared page of every document.</summary>
    public const string LayoutFile = "_layout.html";

    private readonly Dictionary<string, DocumentTemplate> _templates;

    private DocumentTemplates(Dictionary<string, DocumentTemplate> templates, IReadOnlyList<LoadError> errors)
    {
        _templates = templates;
        Errors = errors;
    }

    /// <summary>No templates (for definitions checked without a folder).</summary>
    public static DocumentTemplates Empty { get; } = new([], []);

    /// <summary>Templates that failed to parse (or a layout without its marker line); those
    /// templates are missing from <see cref="Ids"/>.</summary>
    public IReadOnlyList<LoadError> Errors { get; }

    /// <summary>The ids of the templates that parsed.</summary>
    public IReadOnlyCollection<string> Ids => _templates.Keys;

    /// <summary>The template with <paramref name="id"/>, or null.</summary>
    public DocumentTemplate? Find(string id) => _templates.GetValueOrDefault(id);

    /// <summary>Reads and parses every template of <paramref name="directory"/> (a missing folder
    /// gives none). Never throws for bad templates: they are reported in <see cref="Errors"/>.</summary>
    public static DocumentTemplates Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            return Empty;
        }
        var errors = new List<LoadError>();
        string[]? layout = null;
        var markerIndex = -1;
        var layoutPath = Path.Combine(directory, LayoutFile);
        if (File.Exists(layoutPath))
        {
            layout = File.ReadAllText(layoutPath).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
            markerIndex = Array.FindIndex(layout, l => l.Trim() == TemplateSource.ContentMarker);
            if (markerIndex < 0)
            {
                errors.Add(new LoadError(LayoutFile, 1, 1, $"the layout has no line \"{TemplateSource.ContentMarker}\" where a document's content goes"));
                layout = null;
            }
        }
        var templates = new Dictionary<string, DocumentTemplate>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory, "*.html").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            if (file == LayoutFile)
            {
                continue;
            }
            var fragment = File.ReadAllText(path);
            var source = layout is null || IsWholePage(fragment)
                ? TemplateSource.Alone(file, fragment)
                : TemplateSource.Composed(LayoutFile, layout, markerIndex, file, fragment);
            var template = Parse(Path.GetFileNameWithoutExtension(file), file, source, errors);
            if (template is not null)
            {
                templates[template.Id] = template;
            }
        }
        return new DocumentTemplates(templates, errors);
    }

    /// <summary>Parses one template from text (for tests and for drafts checked without files).</summary>
    public static DocumentTemplate? Parse(string id, string layout, string fragment, out IReadOnlyList<LoadError> errors)
    {
        var found = new List<LoadError>();
        var lines = layout.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        var marker = Array.FindIndex(lines, l => l.Trim() == TemplateSource.ContentMarker);
        var file = id + ".html";
        var source = marker < 0 || IsWholePage(fragment)
            ? TemplateSource.Alone(file, fragment)
            : TemplateSource.Composed(LayoutFile, lines, marker, file, fragment);
        var template = Parse(id, file, source, found);
        errors = found;
        return template;
    }

    private static DocumentTemplate? Parse(string id, string file, TemplateSource source, List<LoadError> errors)
    {
        var parsed = TextTemplate.Parse(source.Text);
        if (parsed.Template is null)
        {
            foreach (var error in parsed.Errors)
            {
                var (where, line) = source.Locate(error.Line);
                errors.Add(new LoadError(where, line, error.Column, error.Message + (where == file ? "" : $" (in the layout, composed with {file})")));
            }
            return null;
        }
        var references = parsed.Template.References
            .Select(r =>
            {
                var (where, line) = source.Locate(r.Line);
                return new DocumentReference(where, line, r.Column, r);
            })
            .ToList();
        return new DocumentTemplate(id, file, parsed.Template, references);
    }

    private static bool IsWholePage(string text)
    {
        var start = text.TrimStart();
        return start.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
