using System.Globalization;
using OneMatter.Engine.Calendar;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Documents;
using OneMatter.Engine.Loading;
using OneMatter.Engine.Organisation;
using OneMatter.Engine.Persistence;

namespace OneMatter.Hosting;

/// <summary>
/// The definitions a runtime serves: every good definition of the workflows folder plus the extra
/// ones of <see cref="RuntimeOptions.ExtraDefinitions"/>, with the org directory and calendars they
/// were checked against. A bad file is an error in <see cref="Errors"/>, never a failed start: one
/// designer's broken draft must not take down every other matter of the county.
/// </summary>
/// <remarks>
/// With a store, <see cref="WithPublishedAsync"/> makes the published versions the source of truth:
/// the folder's files are only the seed (a file whose text is new becomes the next version), and
/// every stored version is served, so an instance started on a version published through the API
/// can still advance after a restart.
/// </remarks>
internal sealed class LoadedWorkspace
{
    /// <summary>Who a version seeded from a file is recorded as published by: this prefix and the file name.</summary>
    internal const string SeedPublisher = "workflows/";

    private readonly string _workflowsFolder;
    private readonly IReadOnlyList<MatterDefinition> _folder;
    private readonly IReadOnlyList<MatterDefinition> _extras;

    private LoadedWorkspace(string workflowsFolder, OrgDirectory org, IReadOnlyDictionary<string, BusinessCalendar> calendars,
        IReadOnlyList<MatterDefinition> folder, IReadOnlyList<MatterDefinition> extras, IReadOnlyList<LoadError> errors, LoadContext context)
    {
        _workflowsFolder = workflowsFolder;
        _folder = folder;
        _extras = extras;
        Org = org;
        Calendars = calendars;
        Definitions = [.. folder, .. extras];
        Errors = errors;
        Context = context;
    }

    public OrgDirectory Org { get; }

    public IReadOnlyDictionary<string, BusinessCalendar> Calendars { get; }

    /// <summary>The definitions that loaded without any error, folder first, extras after.</summary>
    public IReadOnlyList<MatterDefinition> Definitions { get; }

    /// <summary>Every problem: the folder's (<c>file:line:col</c>) and the extras' (labelled by position).</summary>
    public IReadOnlyList<LoadError> Errors { get; }

    /// <summary>What a definition is checked against here (org, calendars, templates; matters of
    /// the folder and the extras), for checking designers' drafts the same way.</summary>
    public LoadContext Context { get; }

    /// <summary>Loads the folder; <paramref name="stored"/> (the newest stored version of each
    /// edited org or calendar file) replaces the shipped file of the same path, so an administrator's
    /// edit outlives restarts and new releases, and every definition is checked against it.</summary>
    public static LoadedWorkspace Load(RuntimeOptions options, IReadOnlyList<StoredWorkspaceFile>? stored = null)
    {
        var workspace = StoredWorkspace.Load(options.WorkflowsFolder, options.TemplatesFolder, StoredTexts(stored ?? []));
        var folder = workspace.Definitions.Values.ToList();
        var extras = new List<MatterDefinition>();
        var errors = workspace.Errors.ToList();
        // The parser checks that a file's name is the matter id; an extra has no file, so read its
        // id first and name it after that (a text without a readable id fails parsing anyway).
        var ids = options.ExtraDefinitions.Select(yaml => DefinitionParser.Parse(yaml, string.Empty).Definition?.Id).ToList();
        var context = new LoadContext
        {
            Org = workspace.Org,
            Calendars = workspace.Calendars.Keys.ToHashSet(StringComparer.Ordinal),
            Templates = TemplateIds(options.TemplatesFolder),
            // Published versions, extras and designers' drafts are checked against what their
            // documents' templates read, like the folder's files.
            Documents = DocumentTemplates.Load(options.TemplatesFolder),
            // A call node may start a matter of the folder or another extra.
            Matters = workspace.Definitions.Keys.Concat(ids.OfType<string>()).ToHashSet(StringComparer.Ordinal),
        };
        if (options.ExtraDefinitions.Count > 0)
        {
            LoadExtras(options, ids, context, extras, errors);
        }
        return new LoadedWorkspace(options.WorkflowsFolder, workspace.Org, workspace.Calendars, folder, extras, errors, context);
    }

    /// <summary>
    /// Seeds the store from the folder and returns every definition to serve: each stored version
    /// (as its stored number), then the extras (which replace a stored version of the same id and
    /// number, as they replaced a folder file before). A folder file is stored as a new version when
    /// its text differs from the last version seeded from a file of that id (or, when none was, from
    /// the latest version); equal text is not stored twice. Comparing with the last seeded version
    /// rather than the latest one keeps a version published through the API from being undone by
    /// the unchanged file at the next start. A stored version that no longer loads (a unit removed
    /// from the org directory since) is reported in <paramref name="errors"/> and skipped.
    /// </summary>
    public async Task<IReadOnlyList<MatterDefinition>> WithPublishedAsync(IDefinitionStore definitions, IMatterStore store, TimeProvider time,
        List<LoadError> errors, CancellationToken cancellationToken)
    {
        var stored = (await definitions.DefinitionVersionsAsync(null, cancellationToken).ConfigureAwait(false)).ToList();
        // The folder's text of each definition loaded from it: a stored version with the same text
        // is served by the folder's definition instead of being parsed and validated again.
        var folderText = new Dictionary<string, (string Text, MatterDefinition Definition)>(StringComparer.Ordinal);
        foreach (var definition in _folder)
        {
            var file = definition.Id + ".yaml";
            string text;
            try
            {
                text = await File.ReadAllTextAsync(Path.Combine(_workflowsFolder, file), cancellationToken).ConfigureAwait(false);
            }
            catch (IOException)
            {
                continue; // moved away since it was loaded: the versions already stored still serve
            }
            folderText[definition.Id] = (text, definition);
            var versions = stored.Where(s => s.Id == definition.Id).ToList();
            var seeded = versions.LastOrDefault(s => s.PublishedBy.StartsWith(SeedPublisher, StringComparison.Ordinal)) ?? versions.LastOrDefault();
            if (seeded is not null && string.Equals(seeded.Yaml, text, StringComparison.Ordinal))
            {
                continue;
            }
            // A file declares its version only as a floor: the number after the latest stored one wins.
            var version = Math.Max(definition.Version, versions.Count == 0 ? 1 : versions[^1].Version + 1);
            var publishedBy = SeedPublisher + file;
            var at = time.GetUtcNow();
            await store.SaveDefinitionVersionAsync(definition.Id, version, text, publishedBy, at, cancellationToken).ConfigureAwait(false);
            stored.Add(new StoredDefinition(definition.Id, version, text, string.Empty, publishedBy, at));
        }

        var context = Context with
        {
            Matters = Context.Matters!.Concat(stored.Select(s => s.Id)).ToHashSet(StringComparer.Ordinal),
        };
        // Validated against the folder's context, whose matters are a subset of this one's, so a
        // folder definition is valid here too. The rest load in parallel, in stored order.
        var loads = stored.AsParallel().AsOrdered().Select(version =>
            folderText.TryGetValue(version.Id, out var folder) && string.Equals(folder.Text, version.Yaml, StringComparison.Ordinal)
                ? (version, Definition: folder.Definition, Errors: (IReadOnlyList<LoadError>)[])
                : DefinitionLoader.Load(version.Yaml, version.Id + ".yaml", context) is var result
                    ? (version, Definition: result.Definition, Errors: result.Errors)
                    : default).ToList();
        var served = new List<MatterDefinition>();
        foreach (var (version, loaded, loadErrors) in loads)
        {
            if (loaded is not null)
            {
                served.Add(loaded with { Version = version.Version });
                continue;
            }
            var label = string.Create(CultureInfo.InvariantCulture, $"published {version.Id} v{version.Version}");
            errors.AddRange(loadErrors.Select(e => e with { File = label }));
        }
        served.AddRange(_extras);
        return served;
    }

    /// <summary>Stored versions as texts for the loader, each labelled with its version so an
    /// error names the stored version rather than the shipped file.</summary>
    internal static IReadOnlyList<WorkspaceFileText> StoredTexts(IEnumerable<StoredWorkspaceFile> stored) =>
        stored.Select(f => new WorkspaceFileText(f.Path, f.Yaml, StoredLabel(f.Path, f.Version))).ToList();

    /// <summary>How errors in a stored version name it: <c>calendars/cn-mainland.yaml (stored version 3)</c>.</summary>
    internal static string StoredLabel(string path, int version) =>
        string.Create(CultureInfo.InvariantCulture, $"{path} (stored version {version})");

    private static void LoadExtras(RuntimeOptions options, List<string?> ids, LoadContext context, List<MatterDefinition> definitions, List<LoadError> errors)
    {
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
        return Directory.GetFiles(folder, "*.html")
            .Where(p => Path.GetFileName(p) != DocumentTemplates.LayoutFile) // the shared page, not a document
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }
}
