using OneMatter.Engine.Calendar;
using OneMatter.Engine.Organisation;

namespace OneMatter.Engine.Loading;

/// <summary>
/// The load of <see cref="StoredWorkspace"/>: the org directory and calendars with stored texts in
/// place of shipped files. Kept apart from the folder-only load so that path stays as it is; the
/// definitions are then parsed and checked by the same code.
/// </summary>
internal sealed partial class WorkspaceLoader
{
    /// <summary>The sub-folders of <c>workflows/</c> whose files administrators may edit.</summary>
    public static readonly IReadOnlyList<string> EditableFolders = ["org", "calendars"];

    /// <summary>Like <see cref="LoadDefinitions(IReadOnlyList{string})"/>, with the stored texts.</summary>
    public WorkspaceLoadResult LoadDefinitionsWithStored(IReadOnlyList<string> definitionPaths, IReadOnlyList<WorkspaceFileText> stored)
    {
        var byPath = ByPath(stored);
        var context = new LoadContext
        {
            Org = LoadOrgWithStored(byPath),
            Calendars = LoadCalendarsWithStored(byPath),
            Templates = LoadTemplateIds(),
            Documents = LoadDocumentTemplates(),
        };
        ParseAndValidate(definitionPaths, context);
        return Finish();
    }

    /// <summary>The org directory and calendars alone.</summary>
    public OrgAndCalendarsResult LoadOrgAndCalendars(IReadOnlyList<WorkspaceFileText> stored)
    {
        var byPath = ByPath(stored);
        LoadOrgWithStored(byPath);
        var ids = LoadCalendarsWithStored(byPath) ?? [];
        var result = Finish();
        return new OrgAndCalendarsResult(_org, _calendars, ids, result.Errors);
    }

    private static Dictionary<string, WorkspaceFileText> ByPath(IReadOnlyList<WorkspaceFileText> stored) =>
        stored.GroupBy(s => s.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    /// <summary>The files of one editable folder as (name for errors, text): the stored text where
    /// there is one, the shipped file otherwise. A stored text whose file is no longer shipped is
    /// not read: only shipped paths are editable.</summary>
    private List<(string Name, string Text)>? Texts(string folder, string missing, Dictionary<string, WorkspaceFileText> stored)
    {
        if (Folder(Path.Combine(workflowsDirectory, folder), "*.yaml", missing) is not { } paths)
        {
            return null;
        }
        var texts = new List<(string, string)>();
        foreach (var path in paths)
        {
            if (stored.TryGetValue(folder + "/" + Path.GetFileName(path), out var text))
            {
                _files.Add(text.Label);
                texts.Add((text.Label, text.Text));
            }
            else if (Read(path) is { } shipped)
            {
                texts.Add((path, shipped));
            }
        }
        return texts;
    }

    private OrgDirectory? LoadOrgWithStored(Dictionary<string, WorkspaceFileText> stored)
    {
        if (Texts("org", "the org directory is missing: expected workflows/org/*.yaml", stored) is not { } files)
        {
            return null;
        }
        var result = OrgParser.Parse(files);
        Errors.AddRange(result.Errors);
        _org = result.BestEffort;
        return _org;
    }

    private HashSet<string>? LoadCalendarsWithStored(Dictionary<string, WorkspaceFileText> stored)
    {
        if (Texts("calendars", "the calendars folder is missing: expected workflows/calendars/*.yaml", stored) is not { } files)
        {
            return null;
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, text) in files)
        {
            var result = CalendarParser.Parse(text, name);
            Errors.AddRange(result.Errors);
            // As at a plain load: a broken calendar still exists for definitions, so its own
            // errors are not buried under one per definition that uses it.
            ids.Add(result.Calendar?.Id ?? Path.GetFileNameWithoutExtension(name));
            if (result.Calendar is not { } definition || result.Errors.Count > 0)
            {
                continue;
            }
            if (!_calendars.TryAdd(definition.Id, new BusinessCalendar(definition)))
            {
                Errors.Add(new LoadError(name, 1, 1, $"calendar \"{definition.Id}\" is defined twice"));
            }
        }
        return ids;
    }
}
