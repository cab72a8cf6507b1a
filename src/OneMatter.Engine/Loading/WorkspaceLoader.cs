using OneMatter.Engine.Calendar;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Loading;

/// <summary>One load of a workspace for <see cref="Workspace"/>: collects files and errors
/// while it reads the org directory, calendars, templates and definitions in that order (the
/// definitions are checked against the others).</summary>
internal sealed partial class WorkspaceLoader(string workflowsDirectory, string templatesDirectory)
{
    private readonly Dictionary<string, MatterDefinition> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BusinessCalendar> _calendars = new(StringComparer.Ordinal);
    private readonly List<string> _files = [];
    private OrgDirectory _org = OrgDirectory.Empty;

    /// <summary>Errors so far.</summary>
    public List<LoadError> Errors { get; } = [];

    /// <summary>Loads the given definitions with everything they are checked against.</summary>
    public WorkspaceLoadResult LoadDefinitions(IReadOnlyList<string> definitionPaths)
    {
        var context = new LoadContext
        {
            Org = LoadOrg(),
            Calendars = LoadCalendars(),
            Templates = LoadTemplateIds(),
            Documents = LoadDocumentTemplates(),
        };
        ParseAndValidate(definitionPaths, context);
        return Finish();
    }

    /// <summary>The result of what has been loaded.</summary>
    public WorkspaceLoadResult Finish()
    {
        // Group by file in the order files were read, then by position inside each file.
        var fileOrder = _files.Select((f, i) => (f, i)).GroupBy(p => p.f).ToDictionary(g => g.Key, g => g.First().i);
        var errors = Errors
            .OrderBy(e => fileOrder.GetValueOrDefault(e.File, -1))
            .ThenBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Line)
            .ThenBy(e => e.Column)
            .ToList();
        return new WorkspaceLoadResult(_definitions, _org, _calendars, errors, _files);
    }

    /// <summary>The files matching <paramref name="pattern"/> in a folder, sorted, or null (and an
    /// error) when the folder cannot be listed.</summary>
    public List<string>? List(string directory, string pattern)
    {
        try
        {
            var files = Directory.GetFiles(directory, pattern, SearchOption.TopDirectoryOnly).ToList();
            files.Sort(StringComparer.Ordinal);
            return files;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            Errors.Add(new LoadError(directory, 0, 0, $"cannot list the folder: {e.Message}"));
            return null;
        }
    }

    /// <summary>A file's text, or null (and an error) when it cannot be read.</summary>
    private string? Read(string path)
    {
        try
        {
            var text = File.ReadAllText(path);
            _files.Add(path);
            return text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Errors.Add(new LoadError(path, 0, 0, $"cannot read the file: {e.Message}"));
            return null;
        }
    }

    /// <summary>The files of an optional sub-folder, or null (and one error) when it is missing.</summary>
    private List<string>? Folder(string directory, string pattern, string missing)
    {
        if (!Directory.Exists(directory))
        {
            Errors.Add(new LoadError(directory, 0, 0, missing));
            return null;
        }
        return List(directory, pattern);
    }
}
