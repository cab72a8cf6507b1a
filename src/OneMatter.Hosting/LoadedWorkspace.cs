using System.Globalization;
using OneMatter.Engine.Calendar;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Loading;
using OneMatter.Engine.Organisation;

namespace OneMatter.Hosting;

/// <summary>
/// The definitions a runtime serves: every good definition of the workflows folder plus the extra
/// ones of <see cref="RuntimeOptions.ExtraDefinitions"/>, with the org directory and calendars they
/// were checked against. A bad file is an error in <see cref="Errors"/>, never a failed start: one
/// designer's broken draft must not take down every other matter of the county.
/// </summary>
internal sealed class LoadedWorkspace
{
    private LoadedWorkspace(OrgDirectory org, IReadOnlyDictionary<string, BusinessCalendar> calendars,
        IReadOnlyList<MatterDefinition> definitions, IReadOnlyList<LoadError> errors)
    {
        Org = org;
        Calendars = calendars;
        Definitions = definitions;
        Errors = errors;
    }

    public OrgDirectory Org { get; }

    public IReadOnlyDictionary<string, BusinessCalendar> Calendars { get; }

    /// <summary>The definitions that loaded without any error, folder first, extras after.</summary>
    public IReadOnlyList<MatterDefinition> Definitions { get; }

    /// <summary>Every problem: the folder's (<c>file:line:col</c>) and the extras' (labelled by position).</summary>
    public IReadOnlyList<LoadError> Errors { get; }

    public static LoadedWorkspace Load(RuntimeOptions options)
    {
        var workspace = Workspace.Load(options.WorkflowsFolder, options.TemplatesFolder);
        var definitions = workspace.Definitions.Values.ToList();
        var errors = workspace.Errors.ToList();
        if (options.ExtraDefinitions.Count > 0)
        {
            LoadExtras(options, workspace, definitions, errors);
        }
        return new LoadedWorkspace(workspace.Org, workspace.Calendars, definitions, errors);
    }

    private static void LoadExtras(RuntimeOptions options, WorkspaceLoadResult workspace, List<MatterDefinition> definitions, List<LoadError> errors)
    {
        // The parser checks that a file's name is the matter id; an extra has no file, so read its
        // id first and name it after that (a text without a readable id fails parsing anyway).
        var ids = options.ExtraDefinitions.Select(yaml => DefinitionParser.Parse(yaml, string.Empty).Definition?.Id).ToList();
        var context = new LoadContext
        {
            Org = workspace.Org,
            Calendars = workspace.Calendars.Keys.ToHashSet(StringComparer.Ordinal),
            Templates = TemplateIds(options.TemplatesFolder),
            // A call node may start a matter of the folder or another extra.
            Matters = workspace.Definitions.Keys.Concat(ids.OfType<string>()).ToHashSet(StringComparer.Ordinal),
        };
        for (var i = 0; i < options.ExtraDefinitions.Count; i++)
        {
            var id = ids[i];
            var result = DefinitionLoader.Load(options.ExtraDefinitions[i], (id ?? string.Empty) + ".yaml", context);
            if (result.Definition is { } definition)
            {
                definitions.Add(definition);
                continue;
            }
            var label = string.Create(CultureInfo.InvariantCulture, $"extra definition {i + 1}{(id is null ? string.Empty : " (" + id + ")")}");
            errors.AddRange(result.Errors.Select(e => e with { File = label }));
        }
    }

    private static HashSet<string>? TemplateIds(string folder)
    {
        // The workspace load already reported a missing folder; here null just turns the check off.
        if (!Directory.Exists(folder))
        {
            return null;
        }
        return Directory.GetFiles(folder, "*.html").Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }
}
