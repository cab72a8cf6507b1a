using OneMatter.Engine.Documents;
using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Loading;

internal sealed partial class WorkspaceLoader
{
    /// <summary>The org directory; null (unit checks off) when the folder is missing, so that
    /// one missing folder is one error rather than one per unit reference.</summary>
    private OrgDirectory? LoadOrg()
    {
        var folder = Path.Combine(workflowsDirectory, "org");
        if (Folder(folder, "*.yaml", "the org directory is missing: expected workflows/org/*.yaml") is not { } paths)
        {
            return null;
        }
        var files = new List<(string, string)>();
        foreach (var path in paths)
        {
            if (Read(path) is { } text)
            {
                files.Add((path, text));
            }
        }
        var result = OrgParser.Parse(files);
        Errors.AddRange(result.Errors);
        _org = result.BestEffort;
        return _org;
    }

    /// <summary>Template ids: the names of <c>templates/*.html</c> but the shared layout; null
    /// when the folder is missing.</summary>
    private HashSet<string>? LoadTemplateIds()
    {
        var paths = Folder(templatesDirectory, "*.html", "the templates folder is missing: expected templates/*.html");
        return paths?
            .Where(p => Path.GetFileName(p) != DocumentTemplates.LayoutFile)
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every document template composed into the layout and parsed, so definitions are
    /// checked against what their documents read. A template that does not parse is reported
    /// here, in its own file, once (not once per matter that issues it); null when the folder is
    /// missing (already reported by <see cref="LoadTemplateIds"/>).</summary>
    private DocumentTemplates? LoadDocumentTemplates()
    {
        if (!Directory.Exists(templatesDirectory))
        {
            return null;
        }
        DocumentTemplates documents;
        try
        {
            documents = DocumentTemplates.Load(templatesDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Errors.Add(new LoadError(templatesDirectory, 0, 0, $"cannot read the templates: {e.Message}"));
            return null;
        }
        foreach (var error in documents.Errors)
        {
            Errors.Add(error with { File = Path.Combine(templatesDirectory, error.File) });
        }
        return documents;
    }

    private void ParseAndValidate(IReadOnlyList<string> paths, LoadContext context)
    {
        var texts = new List<(string Path, string Text)>();
        foreach (var path in paths)
        {
            if (Read(path) is { } text)
            {
                texts.Add((path, text));
            }
        }
        // Parsing and validating are pure and the bulk of a start: spread over the cores, in
        // file order so errors and "also defined in" stay deterministic.
        var parsed = texts.AsParallel().AsOrdered().Select(t => (t.Path, Result: DefinitionParser.Parse(t.Text, t.Path))).ToList();
        // A call may start any matter of the folder, also ones not loaded in this run; the file
        // name is the id (the parser enforces it).
        var matters = (List(workflowsDirectory, "*.yaml") ?? [])
            .Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .Concat(parsed.Where(p => p.Result.Draft is not null).Select(p => p.Result.Draft!.Id))
            .ToHashSet(StringComparer.Ordinal);
        context = context with { Matters = matters };
        var firstFile = new Dictionary<string, string>(StringComparer.Ordinal);
        var validated = parsed.AsParallel().AsOrdered()
            .Select(p => (p.Path, p.Result, Errors: p.Result.Errors.Concat(DefinitionValidator.Validate(p.Result, context)).ToList()))
            .ToList();
        foreach (var (path, result, errors) in validated)
        {
            Errors.AddRange(errors);
            if (errors.Count > 0 || result.Draft is not { } definition)
            {
                continue;
            }
            if (!firstFile.TryAdd(definition.Id, path))
            {
                Errors.Add(new LoadError(path, definition.Location.Line, definition.Location.Column,
                    $"matter \"{definition.Id}\" is also defined in {firstFile[definition.Id]}"));
                continue;
            }
            _definitions[definition.Id] = definition;
        }
    }
}
